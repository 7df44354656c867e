import type { DatasetIndex } from '../../model/datasetIndex';
import { roundLabel } from '../../model/rounds';
import { useAppStore } from '../../store/useAppStore';
import { SourceList } from './SourceList';
import { UncertainNote } from './UncertainNote';

/** Every listing of an entity: authority, list, date, citation, reason and sources. */
export function ListingList({ index, entityId, asOf }: { index: DatasetIndex; entityId: string; asOf: string | null }) {
  const listings = index.listingsByEntity.get(entityId) ?? [];
  const selectRound = useAppStore((s) => s.selectRound);
  if (listings.length === 0) return <p className="muted">Not listed in any round of this dataset.</p>;
  return (
    <ul className="listings" aria-label="Listings">
      {listings.map((listing) => {
        const round = index.roundById.get(listing.round)!;
        const later = asOf !== null && round.date > asOf;
        return (
          <li key={listing.round} className={later ? 'later' : undefined}>
            <div className="listing-head">
              <strong>{round.authority}</strong> {round.list} · <time>{round.date}</time>
              {later && <span className="badge">not yet as of {asOf}</span>}{' '}
              <button type="button" className="link-button small" aria-label={`About ${roundLabel(round)}`} onClick={() => selectRound(round.id)}>round</button>
            </div>
            {round.citation && <div>Citation: {round.citation}{round.published ? ` (published ${round.published})` : ''}</div>}
            {listing.reason && <div>Reason: {listing.reason}</div>}
            {listing.notes && <div>{listing.notes}</div>}
            <UncertainNote text={listing.uncertain ?? round.uncertain} />
            <SourceList index={index} ids={listing.sources} />
          </li>
        );
      })}
    </ul>
  );
}
