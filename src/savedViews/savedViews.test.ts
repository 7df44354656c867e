import { describe, expect, it } from 'vitest';
import { moveView, parseSavedViews, type SavedView } from './savedViews';

const view = (id: string): SavedView => ({ id, name: `View ${id}`, search: `?entity=${id}`, viewport: null });

describe('saved views', () => {
  it('round-trips through storage text and drops malformed entries', () => {
    const views = [view('a'), { ...view('b'), viewport: { zoom: 1.5, pan: { x: 3, y: 4 } } }];
    const text = JSON.stringify([...views, { id: 1 }, null, { ...view('c'), viewport: { zoom: 'big' } }]);
    expect(parseSavedViews(text)).toEqual(views);
  });

  it.each([null, '', 'not json', '{"a":1}'])('reads %j as no views', (text) => {
    expect(parseSavedViews(text)).toEqual([]);
  });

  it.each([
    ['b', -1, ['b', 'a', 'c']],
    ['b', 1, ['a', 'c', 'b']],
    ['a', -1, ['a', 'b', 'c']],
    ['c', 5, ['a', 'b', 'c']],
    ['x', 1, ['a', 'b', 'c']],
  ])('moves %s by %i', (id, delta, expected) => {
    expect(moveView([view('a'), view('b'), view('c')], id, delta).map((v) => v.id)).toEqual(expected);
  });
});
