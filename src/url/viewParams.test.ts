import { describe, expect, it } from 'vitest';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeLink, makeRound } from '../test/factories';
import { initialFilterState, type FilterState } from '../filter/filterState';
import { openingFilters } from '../filter/openingFilters';
import { initialToolsState } from '../view/viewState';
import { readViewParams, writeViewParams, type ViewParams } from './viewParams';

const dataset = makeDataset({
  rounds: [
    makeRound({ id: 'bis-2023-09-25' }),
    makeRound({ id: 'ofac-2016-12', date: '2016-12' }),
    makeRound({ id: 'package', authority: 'US OFAC, US State', date: '2023-05-19' }),
  ],
  entities: [makeEntity({ id: 'entity-1', country: 'HK' }), makeEntity({ id: 'entity-2', country: 'FI' })],
  links: [makeLink({ id: 'link-1' }), makeLink({ id: 'link-2', source: 'entity-2', target: 'entity-1' })],
});
const plain = indexDataset(dataset);
const withOpening = indexDataset({
  ...dataset,
  view: { asOf: '2016-12', countries: ['HK'], rounds: ['ofac-2016-12'], hideNotYetListed: true },
});

const tools = initialToolsState();
const views: Array<[string, ViewParams]> = [
  ['nothing', { filters: initialFilterState(), selection: null, tools }],
  [
    'every filter and an entity',
    {
      filters: {
        countries: ['CN'],
        asOf: '2016-12',
        hideNotYetListed: true,
        rounds: ['bis-2023-09-25', 'ofac-2016-12'],
        listedBy: 'US BIS',
        notListedBy: 'US BIS',
        focus: { entity: 'entity-1', hops: 3, direction: 'in' },
      },
      selection: { type: 'entity', id: 'entity-2' },
      tools,
    },
  ],
  [
    'an empty country choice and a link',
    { filters: { ...initialFilterState(), countries: [] }, selection: { type: 'link', id: 'link-1' }, tools },
  ],
  ['a round', { filters: initialFilterState(), selection: { type: 'round', id: 'ofac-2016-12' }, tools }],
  [
    'a path, exposure and the table',
    {
      filters: initialFilterState(),
      selection: null,
      tools: {
        ...tools,
        path: { from: 'entity-1', to: null },
        exposure: { on: true, authority: 'US BIS' },
        tab: 'table',
      },
    },
  ],
  [
    'exposure to anyone',
    { filters: initialFilterState(), selection: null, tools: { ...tools, exposure: { on: true, authority: null } } },
  ],
  [
    'open channels, by anyone',
    {
      filters: initialFilterState(),
      selection: null,
      tools: { ...tools, channels: { on: true, authority: null, dayBefore: false, route: null } },
    },
  ],
  [
    'open channels the day before, not listed by an authority whose name holds a comma, with a route chosen',
    {
      filters: initialFilterState(),
      selection: null,
      tools: {
        ...tools,
        channels: { on: true, authority: 'US OFAC, US State', dayBefore: true, route: 'link-2,link-1' },
      },
    },
  ],
  [
    'compare following As of',
    {
      filters: initialFilterState(),
      selection: null,
      tools: { ...tools, compare: { on: true, from: null, to: null } },
    },
  ],
  [
    'compare between two dates',
    {
      filters: initialFilterState(),
      selection: null,
      tools: { ...tools, compare: { on: true, from: '2016-12', to: '2023-09-25' } },
    },
  ],
  [
    'compare from a date to As of',
    {
      filters: initialFilterState(),
      selection: null,
      tools: { ...tools, compare: { on: true, from: '2016-12', to: null } },
    },
  ],
];

describe('view parameters', () => {
  it.each(views)('round-trip %s', (_, view) => {
    expect(readViewParams(writeViewParams('', view, openingFilters(plain)), plain)).toEqual(view);
  });

  it.each(views)('round-trip %s over a dataset with an opening view', (_, view) => {
    expect(readViewParams(writeViewParams('', view, openingFilters(withOpening)), withOpening)).toEqual(view);
  });

  it('opens on the dataset view when the address names none, and writes it as the bare address', () => {
    const opening: FilterState = {
      ...initialFilterState(),
      asOf: '2016-12',
      countries: ['CN'],
      rounds: ['ofac-2016-12'],
      hideNotYetListed: true,
    };
    expect(readViewParams('', withOpening).filters).toEqual(opening);
    expect(writeViewParams('', { filters: opening, selection: null, tools }, opening)).toBe('');
  });

  it('keeps other parameters', () => {
    const search = writeViewParams(
      '?data=my.json&asof=2020-01-01',
      { filters: { ...initialFilterState(), asOf: '2023-09-25' }, selection: null, tools },
      initialFilterState(),
    );
    expect(search).toBe('?data=my.json&asof=2023-09-25');
  });

  it.each([
    [
      '?channels=nobody&route=link-1,ghost',
      { on: true, authority: null, dayBefore: false, route: null },
      tools.compare,
    ],
    [
      '?channels=any&channelson=someday&compare=yesterday,2023-13-01',
      { on: true, authority: null, dayBefore: false, route: null },
      { on: true, from: null, to: null },
    ],
  ])('reads %s as far as the dataset knows it', (search, channels, compare) => {
    expect(readViewParams(search, plain).tools).toEqual({ ...tools, channels, compare });
  });

  it('drops what the dataset does not know', () => {
    const view = readViewParams(
      '?countries=CN,ZZ&rounds=nope&entity=ghost&asof=yesterday&listedby=EU&focus=ghost&path=ghost,entity-2&hops=9',
      plain,
    );
    expect(view).toEqual({
      filters: { ...initialFilterState(), countries: ['CN'] },
      selection: null,
      tools: { ...tools, path: { from: null, to: 'entity-2' } },
    });
  });
});
