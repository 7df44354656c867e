import type { ViewClass } from './graphClasses';
import { describe, expect, it } from 'vitest';
import { filterNetwork } from '../filter/filterNetwork';
import { initialFilterState, type FilterState } from '../filter/filterState';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound } from '../test/factories';
import { legendInUse } from './legendInUse';
import { viewClasses } from './viewClasses';

const index = indexDataset(
  makeDataset({
    rounds: [makeRound({ id: 'may', date: '2023-05-19' }), makeRound({ id: 'sept', date: '2023-09-25' })],
    entities: [
      makeEntity({ id: 'apl', country: 'HK', role: 'supplier' }),
      makeEntity({ id: 'gru', country: 'RU', role: 'end-user', kind: 'agency' }),
      makeEntity({ id: 'oy', country: 'FI', role: 'logistics' }),
      makeEntity({ id: 'owner', country: 'FI', role: 'owner', kind: 'person' }),
    ],
    listings: [makeListing({ entity: 'gru', round: 'may' }), makeListing({ entity: 'apl', round: 'sept' })],
    links: [
      makeLink({ id: 'apl-gru', source: 'apl', target: 'gru', confidence: 'inferred' }),
      makeLink({ id: 'owner-oy', source: 'owner', target: 'oy', kind: 'owns', confidence: 'official' }),
    ],
  }),
);
const inUse = (
  filters: Partial<FilterState>,
  highlight: ReadonlyMap<string, ViewClass> | null = null,
  newly: ReadonlySet<string> | null = null,
) => {
  const all = { ...initialFilterState(), ...filters };
  return legendInUse(index, viewClasses(index, filterNetwork(index, all), all, null, highlight, newly));
};

describe('legendInUse', () => {
  it('names every colour, shape, status and line the whole network uses, and nothing else', () => {
    const legend = inUse({});
    expect([...legend.roleGroups].sort()).toEqual([
      'End-user (military, drone maker)',
      'Logistics',
      'Owner, executive or employee',
      'Supplier or distributor',
    ]);
    expect([...legend.kinds].sort()).toEqual(['agency', 'company', 'person']);
    expect(legend.endUsers).toBe(true);
    expect([...legend.statuses].sort()).toEqual(['never-listed', 'sanctioned']);
    expect([...legend.linkGroups].sort()).toEqual([
      'Control: owns, controls, part of, directs',
      'Goods: supplies, ships, procures or produces for',
    ]);
    expect([...legend.confidences].sort()).toEqual(['inferred', 'official']);
  });

  it('follows the filters: Finland alone has no end-user, no agency and no goods link', () => {
    const legend = inUse({ countries: ['FI'] });
    expect([...legend.roleGroups].sort()).toEqual(['Logistics', 'Owner, executive or employee']);
    expect([...legend.kinds].sort()).toEqual(['company', 'person']);
    expect(legend.endUsers).toBe(false);
    expect([...legend.statuses]).toEqual(['never-listed']);
    expect([...legend.linkGroups]).toEqual(['Control: owns, controls, part of, directs']);
  });

  it('names "listed later" only before the listing date, and the highlight and playback rings only while they are drawn', () => {
    expect([...inUse({ asOf: '2023-05-19' }).statuses].sort()).toEqual([
      'never-listed',
      'not-yet-listed',
      'sanctioned',
    ]);
    const path = inUse(
      {},
      new Map([
        ['apl', 'on-path'],
        ['gru', 'on-path'],
        ['apl-gru', 'on-path'],
      ]),
    );
    expect([...path.statuses].sort()).toEqual(['dimmed', 'never-listed', 'on-path', 'sanctioned']);
    expect([...inUse({ asOf: '2023-09-25' }, null, new Set(['apl'])).statuses]).toContain('newly-listed');
  });

  it('names the undated and delisted rings, and the arrowless line, only when something is drawn with them', () => {
    const v2 = indexDataset(
      makeDataset({
        rounds: [makeRound({ id: 'dated', date: '2023-05-19' }), makeRound({ id: 'undated', date: undefined })],
        entities: [
          ...['a', 'b'].map((id) => makeEntity({ id, kind: 'person' })),
          makeEntity({ id: 'c', country: 'FI' }),
        ],
        listings: [
          makeListing({ entity: 'a', round: 'undated' }),
          makeListing({ entity: 'b', round: 'dated', end: { status: 'delisted', date: '2024-01-01' } }),
        ],
        links: [makeLink({ id: 'ab', source: 'a', target: 'b', kind: 'family' })],
      }),
    );
    const drawn = (filters: Partial<FilterState>) => {
      const all = { ...initialFilterState(), ...filters };
      return legendInUse(v2, viewClasses(v2, filterNetwork(v2, all), all, null));
    };
    expect([...drawn({ asOf: '2024-06-01' }).statuses].sort()).toEqual(['date-unknown', 'delisted', 'never-listed']);
    expect([...drawn({ asOf: '2023-06-01' }).statuses].sort()).toEqual(['date-unknown', 'never-listed', 'sanctioned']);
    expect(drawn({}).undirectedLinks).toBe(true);
    expect(drawn({ countries: ['FI'] }).undirectedLinks).toBe(false);
    expect(inUse({}).undirectedLinks).toBe(false);
  });

  it('names the open-channel, added and ended highlights only while they are drawn', () => {
    const channel = inUse(
      {},
      new Map([
        ['apl', 'open-channel'],
        ['apl-gru', 'open-channel'],
        ['gru', 'open-channel'],
      ]),
    );
    expect([...channel.statuses].sort()).toEqual(['dimmed', 'never-listed', 'open-channel', 'sanctioned']);
    const compared = inUse(
      {},
      new Map([
        ['apl', 'added'],
        ['owner-oy', 'ended'],
      ]),
    );
    expect([...compared.statuses].sort()).toEqual(['added', 'dimmed', 'ended', 'never-listed', 'sanctioned']);
  });
});
