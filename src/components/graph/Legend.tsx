import { linkColour, CONFIDENCE_LINES, EXPOSED_COLOUR, HIGHLIGHT_COLOUR, NEWLY_LISTED_COLOUR, LINK_GROUPS, NOT_YET_RING, ROLE_GROUPS, SANCTIONED_RING } from '../../graph/palette';
import { selectTheme } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { ShapeSwatch, type SwatchShape } from './ShapeSwatch';

const SHAPES: Array<{ shape: SwatchShape; label: string }> = [
  { shape: 'octagon', label: 'End-user (large, bold name; the ring says if sanctioned)' },
  { shape: 'round-rectangle', label: 'Company' },
  { shape: 'ellipse', label: 'Person' },
  { shape: 'hexagon', label: 'Government agency' },
  { shape: 'barrel', label: 'Organisation' },
];
const DASHES = { solid: '', dashed: '6 4', dotted: '2 3' } as const;

/** Explains every colour, shape, ring and line the graph uses, from the same tables as the stylesheet. */
export function Legend() {
  const theme = useAppStore(selectTheme);
  const plainLine = linkColour(LINK_GROUPS[0], theme);
  return (
    <details className="legend" open>
      <summary>Legend</summary>
      <div className="legend-body">
        <ul aria-label="Node colours">
          {ROLE_GROUPS.map((group) => (
            <li key={group.name}><ShapeSwatch shape="ellipse" fill={group.colour} />{group.name}</li>
          ))}
        </ul>
        <ul aria-label="Node shapes">
          {SHAPES.map(({ shape, label }) => (
            <li key={shape}><ShapeSwatch shape={shape} fill="#9ca3af" />{label}</li>
          ))}
        </ul>
        <ul aria-label="Sanctions status">
          <li><ShapeSwatch shape="ellipse" fill="#9ca3af" ring={SANCTIONED_RING} />Sanctioned as of the date</li>
          <li><ShapeSwatch shape="ellipse" fill="#9ca3af" ring={NOT_YET_RING} dashedRing />Listed later (not yet)</li>
          <li><ShapeSwatch shape="ellipse" fill="#9ca3af" />Never listed</li>
          <li><ShapeSwatch shape="ellipse" fill="#9ca3af" faded />Context, or outside a path or exposure</li>
          <li><ShapeSwatch shape="ellipse" fill="#9ca3af" ring={HIGHLIGHT_COLOUR} />On the path found</li>
          <li><ShapeSwatch shape="ellipse" fill="#9ca3af" ring={EXPOSED_COLOUR} />Exposed (not sanctioned, deals with sanctioned)</li>
          <li><ShapeSwatch shape="ellipse" fill="#9ca3af" ring={NEWLY_LISTED_COLOUR} />Listed on this date (playback)</li>
        </ul>
        <ul aria-label="Links">
          {LINK_GROUPS.map((group) => (
            <li key={group.name}><LineSwatch colour={linkColour(group, theme)} dash="" />{group.name}</li>
          ))}
          {Object.values(CONFIDENCE_LINES).map((line) => (
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
