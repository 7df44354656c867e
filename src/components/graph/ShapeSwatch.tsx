export type SwatchShape = 'octagon' | 'round-rectangle' | 'ellipse' | 'hexagon' | 'barrel';

const PATHS: Record<Exclude<SwatchShape, 'ellipse' | 'round-rectangle'>, string> = {
  octagon: 'M5.5 1 H10.5 L15 5.5 V10.5 L10.5 15 H5.5 L1 10.5 V5.5 Z',
  hexagon: 'M4.5 1.5 H11.5 L15 8 L11.5 14.5 H4.5 L1 8 Z',
  barrel: 'M3 1.5 H13 Q15.5 8 13 14.5 H3 Q0.5 8 3 1.5 Z',
};

/** A 16-pixel drawing of a node shape, as the legend shows it. */
export function ShapeSwatch(props: { shape: SwatchShape; fill: string; ring?: string; dashedRing?: boolean; faded?: boolean }) {
  const { shape, fill, ring, dashedRing, faded } = props;
  const common = { fill, opacity: faded ? 0.3 : 1 };
  return (
    <svg className="swatch" width="22" height="22" viewBox="-3 -3 22 22" aria-hidden="true">
      {ring && <circle cx="8" cy="8" r="10" fill="none" stroke={ring} strokeWidth="2.5" strokeDasharray={dashedRing ? '4 3' : undefined} />}
      {shape === 'ellipse' && <circle cx="8" cy="8" r="7" {...common} />}
      {shape === 'round-rectangle' && <rect x="1" y="1" width="14" height="14" rx="3" {...common} />}
      {shape !== 'ellipse' && shape !== 'round-rectangle' && <path d={PATHS[shape]} {...common} />}
    </svg>
  );
}
