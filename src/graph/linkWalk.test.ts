import { describe, expect, it } from 'vitest';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeLink } from '../test/factories';
import { farEnd, stepLink, walkableLinks } from './linkWalk';

const index = indexDataset(
  makeDataset({
    entities: ['a', 'b', 'c', 'd'].map((id) => makeEntity({ id })),
    links: [
      makeLink({ id: 'in-from-b', source: 'b', target: 'a' }),
      makeLink({ id: 'out-to-c', source: 'a', target: 'c' }),
      makeLink({ id: 'out-to-d', source: 'a', target: 'd' }),
      makeLink({ id: 'c-d', source: 'c', target: 'd' }),
    ],
  }),
);
const all = () => true;

describe('walkableLinks', () => {
  it('gives links out first, then links in, as the details panel lists them', () => {
    expect(walkableLinks(index, 'a', all).map((l) => l.id)).toEqual(['out-to-c', 'out-to-d', 'in-from-b']);
  });
  it('leaves out links the filters hide, and has nothing for an entity without links', () => {
    expect(walkableLinks(index, 'a', (id) => id !== 'out-to-d').map((l) => l.id)).toEqual(['out-to-c', 'in-from-b']);
    expect(walkableLinks(index, 'nobody', all)).toEqual([]);
  });
});

describe('stepLink', () => {
  const links = walkableLinks(index, 'a', all);
  it.each([
    [null, 1, 'out-to-c'],
    [null, -1, 'in-from-b'],
    ['out-to-c', 1, 'out-to-d'],
    ['in-from-b', 1, 'out-to-c'],
    ['out-to-c', -1, 'in-from-b'],
    ['gone', 1, 'out-to-c'],
  ] as const)('from %s, %i step(s) reach %s, wrapping around', (current, delta, expected) => {
    expect(stepLink(links, current, delta)?.id).toBe(expected);
  });
  it('gives null when there is no link to step to', () => {
    expect(stepLink([], null, 1)).toBeNull();
  });
});

describe('farEnd', () => {
  it('crosses a link either way, and refuses an entity that is not one of its ends', () => {
    expect(farEnd({ source: 'a', target: 'c' }, 'a')).toBe('c');
    expect(farEnd({ source: 'a', target: 'c' }, 'c')).toBe('a');
    expect(() => farEnd({ source: 'a', target: 'c' }, 'b')).toThrow(/farEnd: b is not an end/);
  });
});
