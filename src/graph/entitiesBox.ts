import { END_USER_SIZE, NODE_SIZE } from '../layout/metrics';
import type { ModelBox } from './fitViewport';
import { boxAround } from './presentFrame';

/**
 * The most an entity's drawing reaches past its size on any side: a ring (2 px off the border, up to
 * 5 wide) or a highlight's underlay (up to 12). Names are left out, as in the opening fit.
 */
export const ENTITY_RIM = 12;

/**
 * The box round entities drawn at these centres, each its size (end-users larger) and the rim, worked
 * out from the positions alone: never smaller than Cytoscape's `boundingBox({ includeLabels: false })`,
 * and up to 10 px larger on a side (an entity without a ring or highlight reaches 2 px past its size).
 * Cytoscape's own box styles every node first (~30 ms on the built-in data, before names are planned,
 * which restyles them). Null for no entities.
 */
export function entitiesBox(entities: Iterable<{ x: number; y: number; endUser: boolean }>): ModelBox | null {
  return boxAround(
    Array.from(entities, ({ x, y, endUser }) => ({
      x,
      y,
      half: (endUser ? END_USER_SIZE : NODE_SIZE) / 2 + ENTITY_RIM,
    })),
  );
}
