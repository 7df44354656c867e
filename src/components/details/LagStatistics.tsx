import type { MedianLag } from '../../analysis/authorityLag';

/** Graph statistics' median lag per authority: how far behind the first authority each one listed. */
export function LagStatistics({ medians }: { medians: readonly MedianLag[] }) {
  if (medians.length === 0) return null;
  return (
    <>
      <h4>Median lag behind the first authority</h4>
      <ul className="stats" aria-label="Median lag per authority">
        {medians.map((m) => (
          <li key={m.authority}>
            {m.authority}{' '}
            <span className="count">
              +{m.days} {m.days === 1 ? 'day' : 'days'}
            </span>{' '}
            <span className="muted">
              ({m.entities} {m.entities === 1 ? 'entity' : 'entities'} listed by two or more authorities)
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
