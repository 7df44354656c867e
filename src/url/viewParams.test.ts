import { describe, expect, it } from 'vitest';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeRound } from '../test/factories';
import { initialFilterState, type FilterState } from '../filter/filterState';
import { openingFilters } from '../filter/openingFilters';
import { initialToolsState } from '../store/toolsSlice';
import { readViewParams, writeViewParams, type ViewParams } from './viewParams';

const dataset = makeDataset({
  rounds: [makeRound({ id: 'bis-2023-09-25' }), makeRound({ id: 'ofac-2016-12', date: '2016-12' })],
  entities: [makeEntity({ id: 'entity-1', country: 'HK' }), makeEntity({ id: 'entity-2', country: 'FI' })],
});
const plain = indexDataset(dataset);
const withOpening = indexDataset({ ...dataset, view: { asOf: '2016-12', countries: ['HK'], rounds: ['ofac-2016-12'], hideNotYetListed: true } });

const tools = initialToolsState();
const views: Array<[string, ViewParams]> = [
  ['nothing', { filters: initialFilterState(), selection: null, tools }],
  [
    'every filter and an entity',
    {
      filters: { countries: ['CN'], asOf: '2016-12', hideNotYetListed: true, rounds: ['bis-2023-09-25', 'ofac-2016-12'], listedBy: 'US BIS', notListedBy: 'US BIS', focus: { entity: 'entity-1', hops: 3, direction: 'in' } },
      selection: { type: 'entity', id: 'entity-2' },
      tools,
    },
  ],
  ['an empty country choice and a link', { filters: { ...initialFilterState(), countries: [] }, selection: { type: 'link', id: 'link-1' }, tools }],
  ['a round', { filters: initialFilterState(), selection: { type: 'round', id: 'ofac-2016-12' }, tools }],
  ['a path, exposure and the table', { filters: initialFilterState(), selection: null, tools: { path: { from: 'entity-1', to: null }, exposure: { on: true, authority: 'US BIS' }, tab: 'table' } }],
  ['exposure to anyone', { filters: initialFilterState(), selection: null, tools: { ...tools, exposure: { on: true, authority: null } } }],
];

describe('view parameters', () => {
  it.each(views)('round-trip %s', (_, view) => {
    expect(readViewParams(writeViewParams('', view, openingFilters(plain)), plain)).toEqual(view);
  });

  it.each(views)('round-trip %s over a dataset with an opening view', (_, view) => {
    expect(readViewParams(writeViewParams('', view, openingFilters(withOpening)), withOpening)).toEqual(view);
  });

  it('opens on the dataset view when the address names none, and writes it as the bare address', () => {
    const opening: FilterState = { ...initialFilterState(), asOf: '2016-12', countries: ['CN'], rounds: ['ofac-2016-12'], hideNotYetListed: true };
    expect(readViewParams('', withOpening).filters).toEqual(opening);
    expect(writeViewParams('', { filters: opening, selection: null, tools }, opening)).toBe('');
  });

  it('keeps other parameters', () => {
    const search = writeViewParams('?data=my.json&asof=2020-01-01', { filters: { ...initialFilterState(), asOf: '2023-09-25' }, selection: null, tools }, initialFilterState());
    expect(search).toBe('?data=my.json&asof=2023-09-25');
  });

  it('drops what the dataset does not know', () => {
    const view = readViewParams('?countries=CN,ZZ&rounds=nope&entity=ghost&asof=yesterday&listedby=EU&focus=ghost&path=ghost,entity-2&hops=9', plain);
    expect(view).toEqual({ filters: { ...initialFilterState(), countries: ['CN'] }, selection: null, tools: { ...tools, path: { from: null, to: 'entity-2' } } });
  });
});
