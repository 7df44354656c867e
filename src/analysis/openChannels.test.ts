import { describe, expect, it } from 'vitest';
import { indexDataset } from '../model/datasetIndex';
import { generateNetwork } from '../bench/generateNetwork';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound } from '../test/factories';
import { openChannels, type OpenChannelsOptions } from './openChannels';

const undatedRound = (() => {
  const { date: _date, ...round } = makeRound({ id: 'undated', authority: 'UK' });
  return round;
})();

// Routes into STC (listed 2020 by OFAC) and Works (listed by the UK on no known date); Nobody is an
// end-user no one lists. Device is listed by BIS on 2023-09-25, Xport by OFAC on 2023-01-01.
const names: Record<string, string> = {
  stc: 'STC',
  works: 'Works',
  nobody: 'Nobody',
  device: 'Device',
  supplier: 'Supplier',
  quarry: 'Quarry',
  payer: 'Payer',
  owner: 'Owner',
  xport: 'Xport',
  yard: 'Yard',
  alpha: 'Alpha',
  future: 'Future',
  gone: 'Gone',
};
const index = indexDataset(
  makeDataset({
    rounds: [
      makeRound({ id: 'ofac-2020', authority: 'US OFAC', date: '2020-01-01' }),
      makeRound({ id: 'ofac-2023', authority: 'US OFAC', date: '2023-01-01' }),
      makeRound({ id: 'bis', authority: 'US BIS', date: '2023-09-25' }),
      undatedRound,
    ],
    entities: Object.entries(names).map(([id, name]) =>
      makeEntity({ id, name, role: ['stc', 'works', 'nobody'].includes(id) ? 'end-user' : 'supplier' }),
    ),
    listings: [
      makeListing({ entity: 'stc', round: 'ofac-2020' }),
      makeListing({ entity: 'works', round: 'undated' }),
      makeListing({ entity: 'device', round: 'bis' }),
      makeListing({ entity: 'xport', round: 'ofac-2023' }),
    ],
    links: [
      makeLink({ id: 'device-stc', source: 'device', target: 'stc', kind: 'procures-for', confidence: 'official' }),
      makeLink({ id: 'supplier-device', source: 'supplier', target: 'device', kind: 'ships' }),
      makeLink({ id: 'quarry-supplier', source: 'quarry', target: 'supplier' }),
      makeLink({ id: 'supplier-quarry', source: 'supplier', target: 'quarry' }),
      makeLink({ id: 'payer-supplier', source: 'payer', target: 'supplier', kind: 'pays' }),
      makeLink({ id: 'owner-device', source: 'owner', target: 'device', kind: 'owns', confidence: 'official' }),
      makeLink({ id: 'xport-stc', source: 'xport', target: 'stc', confidence: 'official' }),
      makeLink({ id: 'yard-works', source: 'yard', target: 'works', confidence: 'official' }),
      makeLink({ id: 'alpha-stc', source: 'alpha', target: 'stc', confidence: 'inferred' }),
      makeLink({ id: 'yard-nobody', source: 'yard', target: 'nobody', confidence: 'official' }),
      makeLink({ id: 'future-stc', source: 'future', target: 'stc', period: { from: '2024-01' } }),
      makeLink({ id: 'gone-stc', source: 'gone', target: 'stc', period: { to: '2021-06' } }),
      makeLink({ id: 'stc-device', source: 'stc', target: 'device' }),
    ],
  }),
);
const routes = (asOf: string | null, authority: string | null = null, options: OpenChannelsOptions = {}) =>
  openChannels(index, asOf, authority, options).channels.map((c) => c.entities.map((id) => names[id]).join(' → '));

describe('openChannels', () => {
  it('ranks the open routes shortest first, then the best evidence, then by name', () => {
    expect(routes('2023-09-24')).toEqual([
      'Device → STC',
      'Yard → Works',
      'Alpha → STC',
      'Supplier → Device → STC',
      'Payer → Supplier → Device → STC',
      'Quarry → Supplier → Device → STC',
    ]);
  });

  it.each([
    ['the round that lists Device closes every route through it', '2023-09-25', null, ['Yard → Works', 'Alpha → STC']],
    [
      'an authority that has not listed Device leaves them open',
      '2023-09-25',
      'US OFAC',
      [
        'Device → STC',
        'Yard → Works',
        'Alpha → STC',
        'Supplier → Device → STC',
        'Payer → Supplier → Device → STC',
        'Quarry → Supplier → Device → STC',
      ],
    ],
    [
      'an authority that has not listed Xport opens its route',
      '2023-09-24',
      'US BIS',
      [
        'Device → STC',
        'Xport → STC',
        'Yard → Works',
        'Alpha → STC',
        'Supplier → Device → STC',
        'Payer → Supplier → Device → STC',
        'Quarry → Supplier → Device → STC',
      ],
    ],
    ['before STC was listed only the undated end-user counts', '2019-06-01', null, ['Yard → Works']],
    ['links count only while their period holds', '2024-02-01', null, ['Yard → Works', 'Future → STC', 'Alpha → STC']],
  ] as const)('%s', (_, asOf, authority, expected) => {
    expect(routes(asOf, authority)).toEqual(expected);
  });

  it('says which later listing closed each route', () => {
    const channels = openChannels(index, '2023-09-24', null).channels;
    expect(channels.map((c) => c.closedBy ?? null)).toEqual([
      { date: '2023-09-25', entityId: 'device' },
      null,
      null,
      { date: '2023-09-25', entityId: 'device' },
      { date: '2023-09-25', entityId: 'device' },
      { date: '2023-09-25', entityId: 'device' },
    ]);
    expect(channels[3]!.id).toBe('supplier-device,device-stc');
  });

  it('stays inside the view', () => {
    expect(routes('2023-09-24', null, { allowed: (id) => id !== 'supplier' })).toEqual([
      'Device → STC',
      'Yard → Works',
      'Alpha → STC',
    ]);
  });

  it.each([
    [{ maxRoutes: 2 }, { cutRoutes: true, cutDepth: false }, 2],
    [{ maxLinks: 2 }, { cutRoutes: false, cutDepth: true }, 4],
    [{ maxLinks: 3, maxRoutes: 6 }, { cutRoutes: false, cutDepth: false }, 6],
  ])('with %j it says what was cut: %j', (options, cut, count) => {
    const result = openChannels(index, '2023-09-24', null, options);
    expect({ cutRoutes: result.cutRoutes, cutDepth: result.cutDepth }).toEqual(cut);
    expect(result.channels).toHaveLength(count);
  });

  it('keeps the shortest routes when it cuts', () => {
    expect(routes('2023-09-24', null, { maxRoutes: 3 })).toEqual(['Device → STC', 'Yard → Works', 'Alpha → STC']);
  });

  it('stays fast on a generated 20,000-entity network', () => {
    const big = indexDataset(generateNetwork(20_000));
    const started = performance.now();
    const result = openChannels(big, '2023-06-30', null);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(result.channels.length).toBeGreaterThan(0);
    expect(result.channels.every((c) => c.links.length <= 4)).toBe(true);
  });
});
