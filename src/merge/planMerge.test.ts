import { describe, expect, it } from 'vitest';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from '../test/factories';
import { validateDataset } from '../validate/validateDataset';
import { planMerge } from './planMerge';

const base = makeDataset({
  title: 'Mine',
  sources: [makeSource({ id: 'rusi', url: 'https://rusi.org/a' })],
  rounds: [makeRound({ id: 'bis', sources: ['rusi'] })],
  entities: [
    makeEntity({ id: 'apl', name: 'Asia Pacific Links Limited', country: 'HK', sources: ['rusi'] }),
    makeEntity({ id: 'smt', name: 'SMT-iLogic', country: 'RU', role: 'other', sources: ['rusi'] }),
  ],
  listings: [makeListing({ entity: 'apl', round: 'bis', sources: ['rusi'] })],
  links: [makeLink({ id: 'l1', source: 'apl', target: 'smt', items: ['GNSS modules'], sources: ['rusi'] })],
});

const other = makeDataset({
  title: 'OpenSanctions',
  sources: [
    makeSource({ id: 'rusi', url: 'https://other.example/rusi-is-taken' }),
    makeSource({ id: 'os', url: 'https://rusi.org/a' }),
  ],
  rounds: [
    makeRound({ id: 'el-2023-09-25', sources: ['os'] }),
    makeRound({ id: 'bis', date: '2023-05-19', sources: ['rusi'] }),
  ],
  entities: [
    makeEntity({ id: 'NK-1', name: 'ASIA PACIFIC LINKS LTD.', country: 'HK', aliases: ['APL'], sources: ['os'] }),
    makeEntity({
      id: 'smt',
      name: 'SMT iLogic LLC',
      country: 'RU',
      role: 'distributor',
      city: 'Saint Petersburg',
      sources: ['rusi'],
    }),
    makeEntity({ id: 'apl', name: 'Another company called apl', country: 'CN', sources: ['os'] }),
    makeEntity({ id: 'new', name: 'New Trading', country: 'TR', sources: ['os'] }),
  ],
  listings: [
    makeListing({ entity: 'NK-1', round: 'el-2023-09-25', sources: ['os'] }),
    makeListing({ entity: 'new', round: 'bis', sources: ['rusi'] }),
  ],
  links: [
    makeLink({ id: 'l1', source: 'NK-1', target: 'smt', items: ['cellular modules'], sources: ['rusi'] }),
    makeLink({ id: 'apl', source: 'new', target: 'smt', kind: 'ships', sources: ['os'] }),
  ],
});

describe('planMerge', () => {
  const plan = planMerge(base, other);

  it('matches entities by id, then by normalised name and country', () => {
    expect(plan.matches.map((m) => [m.from.id, m.into.id, m.by])).toEqual([
      ['NK-1', 'apl', 'name and country'],
      ['smt', 'smt', 'id'],
      ['apl', 'apl', 'id'],
    ]);
    // "SMT iLogic LLC" and "SMT-iLogic" are one name once case, punctuation and the legal form go.
    expect(plan.sameIdOtherName.map((m) => m.from.name)).toEqual(['Another company called apl']);
  });

  it('can keep apart entities that share an id but not a name', () => {
    const apart = planMerge(base, other, { keepApartSameIdOtherName: true });
    expect(apart.merged.entities.find((e) => e.id === 'apl-2')).toMatchObject({
      name: 'Another company called apl',
      country: 'CN',
    });
    expect(apart.merged.entities.find((e) => e.id === 'apl')!.aliases).toEqual(['ASIA PACIFIC LINKS LTD.', 'APL']);
    expect(apart.added.entities).toBe(2);
    expect(validateDataset(apart.merged).ok).toBe(true);
  });

  it('keeps the current records and adds what the other dataset knows', () => {
    const apl = plan.merged.entities.find((e) => e.id === 'apl')!;
    expect(apl.name).toBe('Asia Pacific Links Limited');
    expect(apl.aliases).toEqual(['ASIA PACIFIC LINKS LTD.', 'APL', 'Another company called apl']);
    expect(plan.merged.entities.find((e) => e.id === 'smt')).toMatchObject({
      role: 'distributor',
      city: 'Saint Petersburg',
    });
  });

  it('matches sources by URL, rounds by authority, list and date, and renames ids that are taken', () => {
    expect(plan.merged.sources.map((s) => [s.id, s.url])).toEqual([
      ['rusi', 'https://rusi.org/a'],
      ['rusi-2', 'https://other.example/rusi-is-taken'],
    ]);
    expect(plan.merged.rounds.map((r) => [r.id, r.date])).toEqual([
      ['bis', '2023-09-25'],
      ['bis-2', '2023-05-19'],
    ]);
    expect(plan.merged.listings.map((l) => [l.entity, l.round])).toEqual([
      ['apl', 'bis'],
      ['new', 'bis-2'],
    ]);
  });

  it('joins links with the same ends and kind, and keeps link ids clear of entity ids', () => {
    expect(plan.merged.links.map((l) => [l.id, l.source, l.target, l.kind, l.items])).toEqual([
      ['l1', 'apl', 'smt', 'supplies', ['GNSS modules', 'cellular modules']],
      ['apl-2', 'new', 'smt', 'ships', []],
    ]);
    expect(plan.added).toEqual({ entities: 1, links: 1, listings: 1, rounds: 1, sources: 1 });
  });

  it('gives a valid dataset and leaves both inputs as they were', () => {
    expect(validateDataset(plan.merged).ok).toBe(true);
    expect(plan.merged.title).toBe('Mine + OpenSanctions');
    expect(base.entities).toHaveLength(2);
    expect(base.entities[0]!.aliases).toEqual([]);
  });

  it('drops a link whose two ends turn out to be one entity', () => {
    const twins = makeDataset({
      entities: [
        makeEntity({ id: 'x1', name: 'Asia Pacific Links Ltd', country: 'HK' }),
        makeEntity({ id: 'x2', name: 'ASIA PACIFIC LINKS', country: 'HK' }),
      ],
      listings: [],
      links: [makeLink({ source: 'x1', target: 'x2' })],
    });
    expect(planMerge(base, twins).merged.links.map((l) => l.id)).toEqual(['l1']);
  });
});

describe('planMerge on awkward pairs', () => {
  it('keeps entity ids clear of link ids, and matches two spellings of one new firm to each other', () => {
    const mine = makeDataset({
      entities: [makeEntity({ id: 'a' }), makeEntity({ id: 'b' })],
      listings: [],
      links: [makeLink({ id: '0', source: 'a', target: 'b' })],
    });
    const theirs = makeDataset({
      entities: [
        makeEntity({ id: '0', name: 'Acme Ltd', country: 'CN' }),
        makeEntity({ id: '1', name: 'ACME Co.', country: 'CN' }),
      ],
      rounds: [makeRound()],
      listings: [makeListing({ entity: '0' }), makeListing({ entity: '1' })],
      links: [],
    });
    const plan = planMerge(mine, theirs);
    expect(plan.merged.entities.map((e) => e.id)).toEqual(['a', 'b', '0-2']);
    expect(plan.merged.listings.map((l) => l.entity)).toEqual(['0-2']);
    expect(validateDataset(plan.merged).ok).toBe(true);
  });
});
