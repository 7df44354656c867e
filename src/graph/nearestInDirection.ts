/**
 * Spatial navigation for the keyboard walk: which entity an arrow key moves to. Pure, on plain points
 * (screen or model coordinates alike: the canvas neither rotates nor stretches), so it is tested
 * without a canvas.
 */

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedItem extends Point {
  id: string;
}

/** Screen axes: y grows downwards, as on a canvas. */
const UNIT: Readonly<Record<Direction, Point>> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** What a step sideways costs against a step ahead: at 2, a node straight ahead beats a nearer one off to the side. */
const SIDEWAYS_WEIGHT = 2;

/** The arrow key a `KeyboardEvent.key` names, if any. */
export function directionOfKey(key: string): Direction | null {
  const found = (
    { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as Record<string, Direction>
  )[key];
  return found ?? null;
}

/**
 * The candidate an arrow key reaches from `from`: among those ahead in `direction` and within 45° of
 * it (the cone), the one with the lowest cost, distance ahead plus twice the distance sideways; when
 * the cone is empty, the same over the whole half-plane ahead, so a key reaches anything that lies
 * that way at all. Equal costs go to the smaller id, so the same view always walks the same way.
 * Candidates on the point itself (or with `from`'s id) are passed over. Null when nothing lies ahead.
 */
export function nearestInDirection(
  from: Point & { id?: string },
  candidates: readonly PlacedItem[],
  direction: Direction,
): PlacedItem | null {
  const unit = UNIT[direction];
  let inCone: { item: PlacedItem; cost: number } | null = null;
  let ahead: { item: PlacedItem; cost: number } | null = null;
  for (const item of candidates) {
    if (item.id === from.id) continue;
    const dx = item.x - from.x;
    const dy = item.y - from.y;
    const along = dx * unit.x + dy * unit.y;
    if (along <= 0) continue;
    const sideways = Math.abs(dx * unit.y - dy * unit.x);
    const cost = along + SIDEWAYS_WEIGHT * sideways;
    if (sideways <= along && better(item, cost, inCone)) inCone = { item, cost };
    if (better(item, cost, ahead)) ahead = { item, cost };
  }
  return (inCone ?? ahead)?.item ?? null;
}

function better(item: PlacedItem, cost: number, best: { item: PlacedItem; cost: number } | null): boolean {
  return best === null || cost < best.cost || (cost === best.cost && item.id < best.item.id);
}

/** The candidate nearest to a point (the first step of a walk: the one nearest the middle of the screen). */
export function nearestTo(point: Point, candidates: readonly PlacedItem[]): PlacedItem | null {
  let best: { item: PlacedItem; cost: number } | null = null;
  for (const item of candidates) {
    const cost = Math.hypot(item.x - point.x, item.y - point.y);
    if (better(item, cost, best)) best = { item, cost };
  }
  return best?.item ?? null;
}
