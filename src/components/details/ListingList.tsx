import { listingState } from '../../analysis/sanctionStatus';
import { listingSince, type DatasetIndex } from '../../model/datasetIndex';
import { DATE_UNKNOWN, roundLabel } from '../../model/rounds';
import type { Listing } from '../../model/types';
import { useAppStore } from '../../store/useAppStore';
import { SourceList } from './SourceList';
import { UncertainNote } from './UncertainNote';

/** Every listing of an entity: authority, list, date (or "date unknown"), end, citation, reason and sources. */
export function ListingList({ index, entityId, asOf }: { index: DatasetIndex; entityId: string; asOf: string | null }) {
  const listings = index.listingsByEntity.get(entityId) ?? [];
  const selectRound = useAppStore((s) => s.selectRound);
  if (listings.length === 0) return <p className="muted">Not listed in any round of this dataset.</p>;
  return (
    <ul className="listings" aria-label="Listings">
      {listings.map((listing, i) => {
        const round = index.roundById.get(listing.round)!;
        const state = listingState(index, listing, asOf);
        const citation = listing.citation ?? round.citation;
        return (
          <li key={`${listing.round}:${i}`} className={state === 'not-yet' || state === 'ended' ? 'later' : undefined}>
            <div className="listing-head">
              <strong>{round.authority}</strong> {round.list} ·{' '}
              <time>{listingSince(listing, index.roundById) ?? DATE_UNKNOWN}</time>
              {state === 'not-yet' && <span className="badge">not yet as of {asOf}</span>}{' '}
              <button
                type="button"
                className="link-button small"
                // The name starts with the visible word, so speech users can say "click round".
                aria-label={`Round ${roundLabel(round)}`}
                onClick={() => selectRound(round.id)}
              >
                round
              </button>
            </div>
            {listing.end && <ListingEndNote listing={listing} index={index} />}
            {(listing.programme ?? round.programme) && <div>Programme: {listing.programme ?? round.programme}</div>}
            {listing.listedOn && <div>On the list since {listing.listedOn}</div>}
            {citation && (
              <div>
                Citation: {citation}
                {!listing.citation && round.published ? ` (published ${round.published})` : ''}
              </div>
            )}
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

/** `Ended: delisted 2024-05-02: court ruling`, with the sources of the end when they are not the listing's. */
function ListingEndNote({ listing, index }: { listing: Listing; index: DatasetIndex }) {
  const end = listing.end!;
  return (
    <div className="listing-end">
      Ended:{' '}
      <strong>
        {end.status} {end.date ?? `(${DATE_UNKNOWN})`}
      </strong>
      {end.reason ? `: ${end.reason}` : ''}
      {end.sources && end.sources.length > 0 && <SourceList index={index} ids={end.sources} />}
    </div>
  );
}
