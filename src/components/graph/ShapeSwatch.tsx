import { ringCircles, SWATCH_PATHS, type LegendSwatch } from '../../graph/legendItems';

/** A 16-pixel drawing of a node shape, with its ring, as the legend shows it. */
export function ShapeSwatch({
  shape,
  fill,
  ring,
  ringStyle,
  faded,
}: Omit<Extract<LegendSwatch, { type: 'shape' }>, 'type'>) {
  const common = { fill, opacity: faded ? 0.3 : 1 };
  return (
    <svg className="swatch" width="22" height="22" viewBox="-3 -3 22 22" aria-hidden="true">
      {ring &&
        ringCircles(10, 2.5, ringStyle).map((c) => (
          <circle
            key={c.r}
            cx="8"
            cy="8"
            r={c.r}
            fill="none"
            stroke={ring}
            strokeWidth={c.width}
            strokeDasharray={c.dash}
          />
        ))}
      {shape === 'ellipse' && <circle cx="8" cy="8" r="7" {...common} />}
      {shape === 'round-rectangle' && <rect x="1" y="1" width="14" height="14" rx="3" {...common} />}
      {shape !== 'ellipse' && shape !== 'round-rectangle' && <path d={SWATCH_PATHS[shape]} {...common} />}
    </svg>
  );
}
