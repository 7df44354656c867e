import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { toCsvTables } from './write';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from '../../test/factories';
import { makeV2Dataset } from '../../test/v2Dataset';
import { validateDatasetText } from '../../validate/validateDataset';
import { parseCsvTables } from './read';

describe('parseCsvTables', () => {
  it('round-trips the CSV export exactly: entities, links, listings, their rounds and sources', () => {
    const dataset = makeDataset({
      sources: [
        makeSource({ id: 'file-1', url: 'https://rusi.org/a' }),
        makeSource({ id: 'ap', title: 'AP report', url: undefined, notes: 'No address given' }),
      ],
      rounds: [
        makeRound({
          id: 'bis',
          citation: 'FR Doc. 2023-21080',
          published: '2023-09-27',
          summary: '11 entities',
          sources: ['file-1'],
        }),
      ],
      entities: [
        makeEntity({
          id: 'apl',
          name: '=Asia Pacific Links',
          aliases: ['APL', 'A; P; L'],
          country: 'HK',
          city: 'Hong Kong',
          notes: 'Line one\nline two',
          uncertain: 'Role inferred',
          sources: ['file-1', 'ap'],
        }),
        makeEntity({
          id: 'smt',
          name: 'SMT-iLogic',
          kind: 'company',
          role: 'distributor',
          notes: "'=already guarded",
          city: "''-twice",
          sources: ['ap'],
        }),
      ],
      listings: [
        makeListing({
          entity: 'apl',
          round: 'bis',
          reason: 'Supplying STC',
          uncertain: 'Date of the rule',
          sources: ['file-1'],
        }),
      ],
      links: [
        makeLink({
          id: 'apl-smt',
          source: 'apl',
          target: 'smt',
          items: ['GNSS modules', 'a; b'],
          period: { from: '2019', to: '2022-08' },
          confidence: 'official',
          notes: '-50% share',
          sources: ['ap', 'file-1'],
        }),
      ],
    });
    const tables = toCsvTables(dataset);
    const draft = parseCsvTables([
      { name: 'entities.csv', text: tables.entities },
      { name: 'links.csv', text: tables.links },
    ]);
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities).toEqual(dataset.entities);
    expect(draft.dataset.links).toEqual(dataset.links);
    expect(draft.dataset.listings).toEqual(dataset.listings);
    expect(draft.dataset.rounds).toEqual(dataset.rounds);
    expect([...draft.dataset.sources].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...dataset.sources].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('round-trips the CSV export: same entities, links, countries and cited URLs', () => {
    const dataset = makeDataset({
      entities: [makeEntity({ country: 'HK' }), makeEntity({ id: 'entity-2', name: 'Two, Ltd.' })],
      links: [makeLink({ items: ['a', 'b'] })],
    });
    const tables = toCsvTables(dataset);
    const draft = parseCsvTables([
      { name: 'entities.csv', text: tables.entities },
      { name: 'links.csv', text: tables.links },
    ]);
    expect(draft.dataset.entities.map((e) => [e.id, e.name, e.country, e.kind, e.role])).toEqual(
      dataset.entities.map((e) => [e.id, e.name, e.country, e.kind, e.role]),
    );
    expect(draft.dataset.links.map((l) => [l.source, l.target, l.kind, l.items, l.confidence])).toEqual(
      dataset.links.map((l) => [l.source, l.target, l.kind, l.items, l.confidence]),
    );
    expect(draft.dataset.sources.some((s) => s.url === dataset.sources[0]!.url)).toBe(true);
  });
});

const readTables = (tables: { entities: string; links: string }) =>
  parseCsvTables([
    { name: 'entities.csv', text: tables.entities },
    { name: 'links.csv', text: tables.links },
  ]);

describe('version 2 through CSV', () => {
  const v2 = makeV2Dataset();

  it('gives back every entity, link, listing, listed round and cited source exactly: countries, addresses, identifiers, undated and ended listings, shares and roles', () => {
    const draft = readTables(toCsvTables(v2));
    expect(draft.problems).toEqual([]);
    // What the tables cannot hold is the dataset's title, description and opening view, rounds no one is listed in and sources no one cites.
    const { title: _title, ...records } = v2;
    expect(draft.dataset).toStrictEqual({ ...records, title: 'entities + links' });
  });

  it('an edit to the Countries, Addresses, Identifiers, Share or Role cell wins over the record', () => {
    const tables = toCsvTables(v2);
    const entities = tables.entities
      .replace('RU (registration); CN (address); AE (operations)', 'RU (registration); Hong Kong (address)')
      .replace('INN: 1832090230 (RU);', 'INN: 1832090231 (RU);');
    const links = tables.links.replace(',owns,,51,beneficial owner,', ',owns,,60 %,owner,');
    const draft = readTables({ entities, links });
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities[0]!.countries).toStrictEqual([
      { code: 'RU', as: 'registration' },
      { code: 'HK', as: 'address' },
    ]);
    expect(draft.dataset.entities[0]!.addresses).toStrictEqual(v2.entities[0]!.addresses);
    expect(draft.dataset.entities[0]!.identifiers).toStrictEqual([
      { type: 'INN', value: '1832090231', country: 'RU' },
      { type: 'OGRN', value: '1111832003018' },
      { type: 'Registration ID', value: 'A: 12 (b)' },
    ]);
    expect(draft.dataset.links[0]).toMatchObject({ share: 60, role: 'owner' });
  });
});

const byKey = (l: { entity: string; round: string }) => `${l.entity}|${l.round}`;

describe('the built-in dataset through CSV', () => {
  it('comes back with the same entities, links and listings, the rounds they are in and the sources they cite', () => {
    const builtin = validateDatasetText(
      readFileSync(new URL('../../../data/drone-rounds-2023.json', import.meta.url), 'utf8'),
    ).dataset!;
    const tables = toCsvTables(builtin);
    const draft = parseCsvTables([
      { name: 'entities.csv', text: tables.entities },
      { name: 'links.csv', text: tables.links },
    ]);
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities).toEqual(builtin.entities);
    expect(draft.dataset.links).toEqual(builtin.links);
    expect([...draft.dataset.listings].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual(
      [...builtin.listings].sort((a, b) => byKey(a).localeCompare(byKey(b))),
    );
    const listed = new Set(builtin.listings.map((l) => l.round));
    expect(new Set(draft.dataset.rounds.map((r) => r.id))).toEqual(listed);
    for (const round of draft.dataset.rounds) expect(round).toEqual(builtin.rounds.find((r) => r.id === round.id));
    for (const source of draft.dataset.sources) expect(source).toEqual(builtin.sources.find((s) => s.id === source.id));
    const cited = new Set(
      [
        ...builtin.entities,
        ...builtin.links,
        ...builtin.listings,
        ...builtin.rounds.filter((r) => listed.has(r.id)),
      ].flatMap((r) => r.sources),
    );
    expect(new Set(draft.dataset.sources.map((s) => s.id))).toEqual(cited);
  });
});
