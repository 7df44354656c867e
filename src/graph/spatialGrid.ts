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

  remove(key: K) {
    for (const [cell, entries] of this.cells) {
      const kept = entries.filter((entry) => entry.key !== key);
      if (kept.length !== entries.length) this.cells.set(cell, kept);
    }
  }

  /** Whether `rect` meets a box, other than those whose key `except` is. */
  hits(rect: Rect, except?: K): boolean {
    for (const cell of this.cellsOf(rect))
      for (const entry of this.cells.get(cell) ?? [])
        if (entry.key !== except && overlaps(rect, entry.rect)) return true;
    return false;
  }

  /** The keys of the boxes `rect` meets. */
  keysHit(rect: Rect): Set<K> {
    const found = new Set<K>();
    for (const cell of this.cellsOf(rect))
      for (const entry of this.cells.get(cell) ?? []) if (overlaps(rect, entry.rect)) found.add(entry.key);
    return found;
  }

  private *cellsOf(rect: Rect) {
    for (let cx = Math.floor(rect.left / CELL); cx <= Math.floor(rect.right / CELL); cx++) {
      for (let cy = Math.floor(rect.top / CELL); cy <= Math.floor(rect.bottom / CELL); cy++) yield `${cx},${cy}`;
    }
  }
}
