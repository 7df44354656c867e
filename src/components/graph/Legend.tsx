import { useMemo } from 'react';
import { LEGEND_GROUPS, legendItems, type LegendSwatch } from '../../graph/legendItems';
import { OVERVIEW_ABOVE } from '../../store/overviewSelectors';
import { selectLayingOut, selectTheme } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { legendFor, selectLegendInputs } from '../../store/viewClassSelectors';
import { useAfterPaint } from '../useAfterPaint';
import { ShapeSwatch } from './ShapeSwatch';
import { useHeightThatHolds } from './useHeightThatHolds';

const NO_LEGEND_YET = { index: null, classes: null };

/**
 * Explains the colours, shapes, rings and lines the graph draws now: an entry appears while something
 * on screen uses it, so the legend stays short and true.
 */
export function Legend() {
  const theme = useAppStore(selectTheme);
  // Worked out after the graph is drawn: on 20,000 entities it takes tens of ms. While a network drawn
  // as an overview is still being laid out (nothing drawn), the first legend too waits for the page's
  // first paint. A smaller one has it at once: appearing later, it would shrink the drawn canvas.
  const layingOut = useAppStore((s) => selectLayingOut(s) && s.index!.dataset.entities.length > OVERVIEW_ABOVE);
  const inputs = useAfterPaint(useAppStore(selectLegendInputs), ...(layingOut ? [NO_LEGEND_YET] : []));
  const inUse = useMemo(() => legendFor(inputs), [inputs]);
  const presenting = useAppStore((s) => s.presenting);
  // The band holds its height for one dataset and mode, so a filter does not resize the canvas.
  const holdFor = useMemo(() => ({ index: inputs.index, presenting }), [inputs.index, presenting]);
  const ref = useHeightThatHolds<HTMLDetailsElement>(holdFor);
  if (!inUse) return null;
  const items = legendItems(inUse, theme);
  return (
    <details className="legend" open ref={ref}>
      <summary>Legend</summary>
      <div className="legend-body">
        {LEGEND_GROUPS.map((group) => [group, items.filter((item) => item.group === group)] as const)
          .filter(([, entries]) => entries.length > 0)
          .map(([group, entries]) => (
            <ul key={group} aria-label={group}>
              {entries.map((item) => (
                <li key={item.label}>
                  <Swatch swatch={item.swatch} />
                  {item.label}
                </li>
              ))}
            </ul>
          ))}
      </div>
    </details>
  );
}

function Swatch({ swatch }: { swatch: LegendSwatch }) {
  if (swatch.type === 'shape') return <ShapeSwatch {...swatch} />;
  return (
    <svg className="swatch" width="34" height="14" aria-hidden="true">
      <line
        x1="2"
        y1="7"
        x2="26"
        y2="7"
        stroke={swatch.colour}
        strokeWidth="2.5"
        strokeDasharray={swatch.dash || undefined}
      />
      {swatch.arrow !== false && <path d="M25 3 L33 7 L25 11 Z" fill={swatch.colour} />}
    </svg>
  );
}
