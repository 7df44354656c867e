import { describe, expect, it } from 'vitest';
import { END_USER_SIZE, NODE_SIZE } from '../layout/metrics';
import { ENTITY_RIM, entitiesBox } from './entitiesBox';

describe('entitiesBox', () => {
  it('reaches past each centre by half its size and the rim, end-users larger', () => {
    const small = NODE_SIZE / 2 + ENTITY_RIM;
    const large = END_USER_SIZE / 2 + ENTITY_RIM;
    expect(
      entitiesBox([
        { x: 0, y: 0, endUser: false },
        { x: 100, y: 50, endUser: true },
      ]),
    ).toEqual({ x1: -small, y1: -small, x2: 100 + large, y2: 50 + large });
  });

  it('is null for no entities', () => {
    expect(entitiesBox([])).toBeNull();
  });
});
