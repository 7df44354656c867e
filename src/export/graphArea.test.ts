import { describe, expect, it } from 'vitest';
import { graphArea } from './graphArea';

describe('graphArea', () => {
  it('is the canvas, enlarged, without the strip the overview bar covers', () => {
    expect(graphArea({ width: 700, height: 500 }, 2, 70)).toEqual({ width: 1400, height: 860, top: 140, full: 1000 });
  });

  it('is the whole canvas with nothing covered, and never less than nothing', () => {
    expect(graphArea({ width: 700, height: 500 }, 1)).toEqual({ width: 700, height: 500, top: 0, full: 500 });
    expect(graphArea({ width: 700, height: 500 }, 1, 900)).toMatchObject({ height: 0, top: 500 });
  });
});
