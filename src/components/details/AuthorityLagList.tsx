import { authorityLags, lagText } from '../../analysis/authorityLag';
import type { DatasetIndex } from '../../model/datasetIndex';

/**
 * How far behind each authority was: one line per authority of the dataset, with the day it first
 * listed the entity and the days after the first authority (`+482 days`), `date unknown` for an
 * undated listing, `not listed` for one that never did. Shown only for listed entities.
 */
export function AuthorityLagList({ index, entityId }: { index: DatasetIndex; entityId: string }) {
  if (!index.listingsByEntity.has(entityId)) return null;
  return (
    <>
      <h3>Authority lag</h3>
      <ul className="listings" aria-label="Authority lag">
        {authorityLags(index, entityId).map((lag) => (
          <li key={lag.authority} className={lag.state === 'not-listed' ? 'later' : undefined}>
            <strong>{lag.authority}</strong>:{' '}
            {lag.state === 'listed' ? (
              <>
                <time>{lag.firstDate}</time> · {lagText(lag)}
                {lag.days === 0 ? ' (first)' : ''}
              </>
            ) : (
              lagText(lag)
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
