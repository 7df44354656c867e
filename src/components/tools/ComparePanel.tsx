import { listingFirstDate } from '../../analysis/authorityLag';
import { defaultCompareSpan, type DateChanges } from '../../analysis/compareDates';
import type { DatasetIndex } from '../../model/datasetIndex';
import type { Listing } from '../../model/types';
import { selectEffectiveAsOf } from '../../store/selectors';
import { selectChanges } from '../../store/toolSelectors';
import { useAppStore } from '../../store/useAppStore';

const SHOWN_ROWS = 30;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Compare: what was added (listings, links by their start) and what ended between two dates. Left to
 * follow `As of`, it compares the previous round with the As of date, so stepping rounds steps the diff.
 */
export function ComparePanel() {
  const index = useAppStore((s) => s.index);
  const compare = useAppStore((s) => s.tools.compare);
  const asOf = useAppStore(selectEffectiveAsOf);
  const changes = useAppStore(selectChanges);
  const setCompare = useAppStore((s) => s.setCompare);
  const setCompareDate = useAppStore((s) => s.setCompareDate);
  if (!index) return null;
  const to = compare.to ?? asOf;
  const previousRound = to ? defaultCompareSpan(index, to).from : null;
  // The As of stops, and a date the address named that is not one of them, so the choice always shows.
  const dates = [
    ...new Set([...index.timelineDates, ...(compare.from ? [compare.from] : []), ...(compare.to ? [compare.to] : [])]),
  ].sort();
  return (
    <div className="tool compare">
      <label className="toggle">
        <input type="checkbox" checked={compare.on} onChange={(e) => setCompare(e.target.checked)} />
        <strong>Compare</strong>
      </label>
      {compare.on && (
        <>
          <label className="inline-select">
            from{' '}
            <select
              aria-label="Compare from"
              value={compare.from ?? ''}
              onChange={(e) => setCompareDate('from', e.target.value || null)}
            >
              <option value="">the previous round ({previousRound ?? 'the start'})</option>
              {dates.map((date) => (
                <option key={date} value={date}>
                  {date}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-select">
            to{' '}
            <select
              aria-label="Compare to"
              value={compare.to ?? ''}
              onChange={(e) => setCompareDate('to', e.target.value || null)}
            >
              <option value="">the As of date ({asOf ?? 'today'})</option>
              {dates.map((date) => (
                <option key={date} value={date}>
                  {date}
                </option>
              ))}
            </select>
          </label>
          {changes && <ChangeSummary index={index} changes={changes} />}
        </>
      )}
    </div>
  );
}

function ChangeSummary({ index, changes }: { index: DatasetIndex; changes: DateChanges }) {
  return (
    <>
      <p className="hint" role="note">
        After {changes.from ?? 'the start'} up to {changes.to}:{' '}
        {plural(changes.addedListings.length, 'listing', 'listings')} and{' '}
        {plural(changes.addedLinks.length, 'link', 'links')} added;{' '}
        {plural(changes.endedListings.length, 'listing', 'listings')} and{' '}
        {plural(changes.endedLinks.length, 'link', 'links')} ended.
        {changes.undatedListings > 0 &&
          ` ${plural(changes.undatedListings, 'listing has', 'listings have')} no known date and cannot be placed.`}
      </p>
      <ListingRows
        index={index}
        label="Added listings"
        listings={changes.addedListings}
        date={(l) => listingFirstDate(index, l)}
      />
      <ListingRows index={index} label="Ended listings" listings={changes.endedListings} date={(l) => l.end?.date} />
    </>
  );
}

/** Listings by date then name, each choosing its entity; at most `SHOWN_ROWS`. */
function ListingRows({
  index,
  label,
  listings,
  date,
}: {
  index: DatasetIndex;
  label: string;
  listings: Listing[];
  date: (listing: Listing) => string | undefined;
}) {
  const selectEntity = useAppStore((s) => s.selectEntity);
  if (listings.length === 0) return null;
  const name = (l: Listing) => index.entityById.get(l.entity)!.name;
  const rows = [...listings].sort(
    (a, b) => (date(a) ?? '').localeCompare(date(b) ?? '') || name(a).localeCompare(name(b)),
  );
  return (
    <>
      <ol className="exposure-list" aria-label={label}>
        {rows.slice(0, SHOWN_ROWS).map((listing) => {
          const round = index.roundById.get(listing.round)!;
          return (
            <li key={`${listing.entity} ${listing.round}`}>
              <button type="button" className="link-button" onClick={() => selectEntity(listing.entity)}>
                {name(listing)}
              </button>{' '}
              <span className="hint">
                {date(listing)} {round.authority} {round.list}
              </span>
            </li>
          );
        })}
      </ol>
      {rows.length > SHOWN_ROWS && <p className="hint">…and {rows.length - SHOWN_ROWS} more.</p>}
    </>
  );
}
