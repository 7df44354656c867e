import { useMemo } from 'react';
import { graphStats } from '../../analysis/stats';
import { countryName } from '../../model/countries';
import { roundLabel } from '../../model/rounds';
import { selectIndexAndView } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { useAfterPaints } from '../useAfterPaint';
import { LagStatistics } from './LagStatistics';

const NOTHING_YET = { index: null, view: null };

/** Counts by country, role and round for what is on screen, and the most connected entities. */
export function GraphStatistics() {
  // Counted after the graph is drawn, the first time too: on 100,000 entities it takes ~0.2 s.
  // A frame after the legend (see useAfterPaints): each is a task of its own on a large network.
  const { index, view } = useAfterPaints(useAppStore(selectIndexAndView), 2, NOTHING_YET);
  const selectEntity = useAppStore((s) => s.selectEntity);
  const stats = useMemo(() => (index && view ? graphStats(index, view) : null), [index, view]);
  if (!index || !stats) return null;
  return (
    <section aria-label="Graph statistics">
      <h3>Graph statistics</h3>
      <h4>Most connected</h4>
      <ol className="stats">
        {stats.mostConnected.map(([id, links]) => (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => selectEntity(id)}>
              {index.entityById.get(id)!.name}
            </button>{' '}
            <span className="count">{links}</span>
          </li>
        ))}
      </ol>
      <h4>By country</h4>
      <ul className="stats">
        {stats.byCountry.map(([code, n]) => (
          <li key={code}>
            {countryName(code)} <span className="count">{n}</span>
          </li>
        ))}
      </ul>
      <h4>By role</h4>
      <ul className="stats">
        {stats.byRole.map(([role, n]) => (
          <li key={role}>
            {role} <span className="count">{n}</span>
          </li>
        ))}
      </ul>
      <h4>By round</h4>
      <ul className="stats">
        {stats.byRound.map(([id, n]) => (
          <li key={id}>
            {roundLabel(index.roundById.get(id)!)} <span className="count">{n}</span>
          </li>
        ))}
      </ul>
      <LagStatistics medians={stats.medianLag} />
    </section>
  );
}
