/** A box on screen, in pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const CELL = 64;

export const overlaps = (p: Rect, q: Rect): boolean =>
  p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;

/** Boxes bucketed in square cells, so a test looks only at its neighbours; each box carries a key. */
export class SpatialGrid<K = string> {
  private readonly cells = new Map<string, Array<{ rect: Rect; key: K }>>();

  add(rect: Rect, key: K) {
    for (const cell of this.cellsOf(rect)) {
      const entries = this.cells.get(cell);
      if (entries) entries.push({ rect, key });
      else this.cells.set(cell, [{ rect, key }]);
    }
  }

  /** Whether `rect` meets a box, other than those whose key `except` is. */
  hits(rect: Rect, except?: K): boolean {
    for (const cell of this.cellsOf(rect))
      for (const entry of this.cells.get(cell) ?? [])
        if (entry.key !== except && overlaps(rect, entry.rect)) return true;
    return false;
  }

  /** How much of `rect` the boxes it meets cover, added up (other than those whose key `except` is). */
  coveredArea(rect: Rect, except?: K): number {
    const seen = new Set<Rect>();
    let area = 0;
    for (const cell of this.cellsOf(rect))
      for (const entry of this.cells.get(cell) ?? []) {
        if (entry.key === except || seen.has(entry.rect) || !overlaps(rect, entry.rect)) continue;
        seen.add(entry.rect);
        area +=
          (Math.min(rect.right, entry.rect.right) - Math.max(rect.left, entry.rect.left)) *
          (Math.min(rect.bottom, entry.rect.bottom) - Math.max(rect.top, entry.rect.top));
      }
    return area;
  }

  private *cellsOf(rect: Rect) {
    for (let cx = Math.floor(rect.left / CELL); cx <= Math.floor(rect.right / CELL); cx++) {
      for (let cy = Math.floor(rect.top / CELL); cy <= Math.floor(rect.bottom / CELL); cy++) yield `${cx},${cy}`;
    }
  }
}
