import type { Positions } from './computeLayout';

/** The file `npm run positions` writes: the built-in dataset's layout, computed when the data changes. */
export interface ShippedPositions {
  generatedBy: string;
  dataset: string;
  positions: Positions;
}

export const POSITIONS_COMMAND = 'npm run positions';

/**
 * The shipped positions, if they are for exactly these entities (the same ids, each with finite
 * coordinates): then the dataset opens without running the layout. Stale ones (the data changed
 * and the file was not regenerated) give null, and the layout runs as for any other dataset.
 */
export function shippedPositionsFor(
  entityIds: readonly string[],
  shipped: Pick<ShippedPositions, 'positions'> | null | undefined,
): Positions | null {
  const positions = shipped?.positions;
  if (!positions || typeof positions !== 'object') return null;
  const ids = Object.keys(positions);
  if (ids.length !== entityIds.length) return null;
  for (const id of entityIds) {
    if (!Object.hasOwn(positions, id)) return null;
    const { x, y } = positions[id]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  }
  return positions;
}
