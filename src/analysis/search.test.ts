import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDatasetText } from '../validate/validateDataset';
import { buildSearchIndex, searchEntities } from './search';

const builtin = validateDatasetText(
  readFileSync(new URL('../../data/drone-rounds-2023.json', import.meta.url), 'utf8'),
).dataset!;
const index = buildSearchIndex(builtin);
const top = (query: string) => searchEntities(index, query)[0];

describe('searchEntities on the built-in data', () => {
  it.each([
    ['smt ilogic', 'smt-ilogic'],
    ['SMT-iLogic', 'smt-ilogic'],
    ['asia pacific link', 'asia-pacific-links'],
    ['asia pacfic links', 'asia-pacific-links'],
    ['special technolgy', 'special-technology-center'],
    ['shahin', 'hesa'],
    ['grant', 'grant-instrument'],
  ])('%s finds %s first', (query, id) => {
    expect(top(query)?.id).toBe(id);
  });

  it('says which alias matched', () => {
    expect(top('shahin')?.matchedAlias).toMatch(/Shahin/);
    expect(top('smt ilogic')?.matchedAlias).toBeUndefined();
  });

  it('returns nothing for an empty query and for nonsense', () => {
    expect(searchEntities(index, '   ')).toEqual([]);
    expect(searchEntities(index, 'zzqxv')).toEqual([]);
  });

  it('ranks and limits results', () => {
    const hits = searchEntities(index, 'oy', 3);
    expect(hits.length).toBeLessThanOrEqual(3);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
