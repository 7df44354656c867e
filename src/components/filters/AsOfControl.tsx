import { lastIndexAtOrBefore } from '../../store/presentationSlice';
import { selectIndex } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

/**
 * Steps through the dataset's timeline: round dates, and the days listings began or ended on. Entities listed on or before the chosen date are sanctioned;
 * later ones show as not yet listed, and can be hidden. The last stop is stored as "latest" (no date).
 */
export function AsOfControl() {
  const index = useAppStore(selectIndex);
  const asOf = useAppStore((s) => s.filters.asOf);
  const hideNotYetListed = useAppStore((s) => s.filters.hideNotYetListed);
  const setAsOf = useAppStore((s) => s.setAsOf);
  const setHideNotYetListed = useAppStore((s) => s.setHideNotYetListed);
  if (!index || index.timelineDates.length === 0) return null;
  const dates = index.timelineDates;
  const last = dates.length - 1;
  const position = asOf === null ? last : lastIndexAtOrBefore(dates, asOf);
  const shown = asOf ?? dates[last]!;
  const moveTo = (i: number) => setAsOf(i >= last ? null : dates[Math.max(0, i)]!);
  const roundsThatDay = index.roundsByDate.filter((r) => r.date === dates[position]);
  const endedThatDay = index.dataset.listings.filter((l) => l.end?.date === dates[position]).length;

  return (
    <fieldset className="filter-group">
      <legend>Sanctioned as of</legend>
      <div className="as-of">
        <button type="button" aria-label="Previous round" onClick={() => moveTo(position - 1)} disabled={position <= 0}>
          ◀
        </button>
        <input
          type="range"
          aria-label="As of"
          min={0}
          max={last}
          step={1}
          value={position}
          aria-valuetext={shown}
          onChange={(event) => moveTo(Number(event.target.value))}
        />
        <button type="button" aria-label="Next round" onClick={() => moveTo(position + 1)} disabled={position >= last}>
          ▶
        </button>
      </div>
      <div className="as-of-date">{shown}</div>
      <p className="as-of-rounds">
        {[
          ...roundsThatDay.map((r) => `${r.authority} ${r.list}`),
          ...(endedThatDay > 0 ? [`${endedThatDay} ${endedThatDay === 1 ? 'listing' : 'listings'} ended`] : []),
        ].join('; ')}
      </p>
      <label className="toggle">
        <input
          type="checkbox"
          checked={hideNotYetListed}
          onChange={(event) => setHideNotYetListed(event.target.checked)}
        />
        Hide not yet listed
      </label>
    </fieldset>
  );
}
