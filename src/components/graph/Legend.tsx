import { linkColour, CONFIDENCE_LINES, EXPOSED_COLOUR, HIGHLIGHT_COLOUR, KIND_SHAPES, NEWLY_LISTED_COLOUR, LINK_GROUPS, NOT_YET_RING, ROLE_GROUPS, SANCTIONED_RING } from '../../graph/palette';
import { LEGEND_STATUSES, type LegendStatus } from '../../graph/legendInUse';
import type { EntityKind } from '../../model/types';
import { selectTheme } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { selectLegendInUse } from '../../store/viewClassSelectors';
import { ShapeSwatch } from './ShapeSwatch';

const KIND_LABELS: Record<EntityKind, string> = { company: 'Company', person: 'Person', agency: 'Government agency', organisation: 'Organisation' };
const NEUTRAL = '#9ca3af';
const STATUS_ENTRIES: Record<LegendStatus, { label: string; ring?: string; dashedRing?: boolean; faded?: boolean }> = {
  sanctioned: { label: 'Sanctioned as of the date', ring: SANCTIONED_RING },
  'not-yet-listed': { label: 'Listed later (not yet)', ring: NOT_YET_RING, dashedRing: true },
  'never-listed': { label: 'Never listed' },
  dimmed: { label: 'Context, or outside a path or exposure', faded: true },
  'on-path': { label: 'On the path found', ring: HIGHLIGHT_COLOUR },
  exposed: { label: 'Exposed (not sanctioned, deals with sanctioned)', ring: EXPOSED_COLOUR },
  'newly-listed': { label: 'Listed on this date (playback)', ring: NEWLY_LISTED_COLOUR },
};
const DASHES = { solid: '', dashed: '6 4', dotted: '2 3' } as const;

/**
 * Explains the colours, shapes, rings and lines the graph draws now, from the same tables as the
 * stylesheet: an entry appears while something on screen uses it, so the legend stays short and true.
 */
export function Legend() {
  const theme = useAppStore(selectTheme);
  const inUse = useAppStore(selectLegendInUse);
  if (!inUse) return null;
  const plainLine = linkColour(LINK_GROUPS[0], theme);
  const kinds = (Object.keys(KIND_SHAPES) as EntityKind[]).filter((kind) => inUse.kinds.has(kind));
  return (
    <details className="legend" open>
      <summary>Legend</summary>
      <div className="legend-body">
        <ul aria-label="Node colours">
          {ROLE_GROUPS.filter((group) => inUse.roleGroups.has(group.name)).map((group) => (
            <li key={group.name}><ShapeSwatch shape="ellipse" fill={group.colour} />{group.name}</li>
          ))}
        </ul>
        <ul aria-label="Node shapes">
          {inUse.endUsers && <li><ShapeSwatch shape="octagon" fill={NEUTRAL} />End-user (large, bold name; the ring says if sanctioned)</li>}
          {kinds.map((kind) => (
            <li key={kind}><ShapeSwatch shape={KIND_SHAPES[kind]} fill={NEUTRAL} />{KIND_LABELS[kind]}</li>
          ))}
        </ul>
        <ul aria-label="Sanctions status">
          {LEGEND_STATUSES.filter((status) => inUse.statuses.has(status)).map((status) => {
            const { label, ...swatch } = STATUS_ENTRIES[status];
            return <li key={status}><ShapeSwatch shape="ellipse" fill={NEUTRAL} {...swatch} />{label}</li>;
          })}
        </ul>
        <ul aria-label="Links">
          {LINK_GROUPS.filter((group) => inUse.linkGroups.has(group.name)).map((group) => (
            <li key={group.name}><LineSwatch colour={linkColour(group, theme)} dash="" />{group.name}</li>
          ))}
          {Object.entries(CONFIDENCE_LINES)
            .filter(([confidence]) => inUse.confidences.has(confidence as keyof typeof CONFIDENCE_LINES))
            .map(([, line]) => (
              <li key={line.label}><LineSwatch colour={plainLine} dash={DASHES[line.style]} />{line.label}</li>
            ))}
        </ul>
      </div>
    </details>
  );
}

function LineSwatch({ colour, dash }: { colour: string; dash: string }) {
  return (
    <svg className="swatch" width="34" height="14" aria-hidden="true">
      <line x1="2" y1="7" x2="26" y2="7" stroke={colour} strokeWidth="2.5" strokeDasharray={dash || undefined} />
      <path d="M25 3 L33 7 L25 11 Z" fill={colour} />
    </svg>
  );
}
