import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCytoscapeJson } from '../formats/cytoscapeJson/write';
import { toGexf } from '../formats/gexf/write';
import { toGraphml } from '../formats/graphml/write';
import type { Dataset } from '../model/types';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from '../test/factories';
import { makeV2Dataset } from '../test/v2Dataset';
import { validateDataset, validateDatasetText } from '../validate/validateDataset';
import type { ImportDraft } from '../formats/shared/draft';
import { parseCytoscapeJson } from '../formats/cytoscapeJson/read';
import { parseGexf } from '../formats/gexf/read';
import { parseGraphml } from '../formats/graphml/read';

const { url: _url, ...unlinked } = makeSource({
  id: 'fr',
  title: 'Federal Register 2023-21080',
  publisher: 'US BIS',
  date: '2023-09-27',
});
/** A dataset with every optional field used, text that XML and JSON must escape, and order that is not the nodes'. */
const dataset: Dataset = makeDataset({
  title: 'Drone parts & "friends"',
  description: 'Rounds of 2023 <draft>',
  view: { asOf: '2023-09-25', countries: ['RU', 'CN'], hideNotYetListed: true },
  sources: [
    makeSource({
      id: 'rusi',
      title: 'Silicon Lifeline <RUSI>',
      publisher: 'RUSI',
      url: 'https://rusi.org/x?a=1&b=2',
      notes: 'First line\nsecond line',
    }),
    unlinked,
    makeSource({ id: 'cited-by-no-one', title: 'Background', publisher: 'Reuters', date: '2008' }),
  ],
  rounds: [
    makeRound({
      id: 'bis-2023-09',
      citation: 'FR Doc. 2023-21080',
      published: '2023-09-27',
      effective: '2023-09-25',
      title: 'Additions to the Entity List',
      summary: '28 entities: China 11, Russia 5',
      size: { entities: 28 },
      notes: 'Round notes',
      uncertain: 'Effective date from the rule',
      sources: ['fr'],
    }),
    makeRound({
      id: 'ofac-2023-05',
      authority: 'US OFAC',
      list: 'SDN List (E.O. 14024)',
      date: '2023-05',
      sources: ['rusi', 'fr'],
    }),
    makeRound({ id: 'uk-2024', authority: 'UK', list: 'Russia sanctions', date: '2024', sources: ['rusi'] }),
  ],
  entities: [
    makeEntity({
      id: 'apl',
      name: 'Asia Pacific Links & Co "Ltd"',
      aliases: ['APL', 'A.P.L.; Hong Kong'],
      role: 'distributor',
      country: 'HK',
      city: 'Hong Kong',
      notes: 'Two\r\nlines\tand a tab',
      uncertain: 'Address from one filing',
      sources: ['rusi', 'fr'],
    }),
    makeEntity({ id: 'smt', name: 'SMT-iLogic', kind: 'person', role: 'owner', country: 'RU', sources: ['fr'] }),
    makeEntity({
      id: '007',
      name: '<script>alert(1)</script>',
      kind: 'agency',
      role: 'end-user',
      country: 'ZZ',
      sources: ['rusi'],
    }),
  ],
  listings: [
    makeListing({ entity: 'smt', round: 'ofac-2023-05', sources: ['rusi'] }),
    makeListing({
      entity: 'apl',
      round: 'bis-2023-09',
      reason: 'Scheme to supply STC',
      notes: 'Listing notes',
      uncertain: 'Name spelled two ways',
      sources: ['fr'],
    }),
    makeListing({ entity: 'apl', round: 'ofac-2023-05', sources: ['rusi'] }),
  ],
  links: [
    makeLink({
      id: 'apl-smt',
      source: 'apl',
      target: 'smt',
      kind: 'ships',
      items: ['GNSS modules', 'cellular; modules'],
      period: { from: '2019-03', to: '2023' },
      confidence: 'official',
      notes: 'Per customs\nrecords',
      uncertain: 'Volumes unknown',
      sources: ['rusi', 'fr'],
    }),
    makeLink({ id: 'smt-007', source: 'smt', target: '007', kind: 'owns', sources: ['fr'] }),
  ],
});

const formats: Array<[string, (d: Dataset) => string, (text: string, file: string) => ImportDraft, string]> = [
  ['GEXF', (d) => toGexf(d, { apl: { x: 1, y: 2 } }, () => '#1d4ed8', '2026-11-28'), parseGexf, 'x.gexf'],
  ['GraphML', toGraphml, parseGraphml, 'x.graphml'],
  ['Cytoscape JSON', (d) => toCytoscapeJson(d, { apl: { x: 1, y: 2 } }), parseCytoscapeJson, 'x.cyjs'],
];

describe.each(formats)('%s export, then import', (_format, write, parse, file) => {
  it('gives back the same entities, links, listings, rounds and sources', () => {
    expect(validateDataset(dataset).ok).toBe(true);
    const draft = parse(write(dataset), file);
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities).toStrictEqual(dataset.entities);
    expect(draft.dataset.links).toStrictEqual(dataset.links);
    expect(draft.dataset.listings).toStrictEqual(dataset.listings);
    expect(draft.dataset.rounds).toStrictEqual(dataset.rounds);
    expect(draft.dataset.sources).toStrictEqual(dataset.sources);
    expect(draft.dataset).toStrictEqual(dataset);
    expect(draft.name).toBe(dataset.title);
  });

  it('gives back the built-in dataset as it was, rounds without listings too', () => {
    const { $schema: _schema, ...builtin } = validateDatasetText(
      readFileSync(new URL('../../data/drone-rounds-2023.json', import.meta.url), 'utf8'),
    ).dataset!;
    const draft = parse(write(builtin), file);
    expect(draft.problems).toEqual([]);
    expect(draft.dataset).toStrictEqual(builtin);
  });
});

/** What is left when another tool writes the file again from its tables: nodes and edges with their attributes. */
const withoutDatasetRecord: Record<string, (text: string) => string> = {
  GEXF: (text) => text.replace(/<supply_lines [^]*?<\/supply_lines>/, ''),
  GraphML: (text) => text.replace(/<data key="g_supply_lines">[^]*?<\/data>/, ''),
  'Cytoscape JSON': (text) => JSON.stringify({ ...JSON.parse(text), data: { name: 'x' } }),
};

describe.each(formats)('%s export of every version 2 field, then import', (format, write, parse, file) => {
  const v2 = makeV2Dataset();

  it('gives back the same dataset', () => {
    expect(validateDataset(v2).ok).toBe(true);
    const draft = parse(write(v2), file);
    expect(draft.problems).toEqual([]);
    expect(draft.dataset).toStrictEqual(v2);
  });

  it('gives back the same records from the nodes and edges alone: listings with their own dates and ends, undated rounds, the sources an end cites', () => {
    const draft = parse(withoutDatasetRecord[format]!(write(v2)), file);
    expect(draft.problems).toEqual([]);
    const { title: _title, ...records } = v2;
    expect(draft.dataset).toStrictEqual({ ...records, title: 'x' });
  });
});

/** A Cytoscape network of one entity carrying one listing entry, of a dated round. */
const network = (listing: object) =>
  JSON.stringify({
    data: { name: 'x' },
    elements: {
      nodes: [
        {
          data: {
            id: 'a',
            name: 'A',
            kind: 'company',
            role: 'supplier',
            country: 'RU',
            source_ids: ['s'],
            sources: [makeSource({ id: 's' })],
            rounds: [makeRound({ id: 'r', date: '2023-09-25', sources: ['s'] })],
            listings: [listing],
          },
        },
      ],
      edges: [],
    },
  });

describe('listings that entities carry', () => {
  // Before version 2 an entry's `date` was its round's, with no `round_date`; since, `date` is the listing's own.
  it.each([
    [
      "written before version 2: the date is the round's",
      { round: 'r', authority: 'US BIS', list: 'Entity List', date: '2023-09-25', source_ids: ['s'] },
      undefined,
    ],
    [
      "written since: the listing's own date, the same as the round's",
      { round: 'r', round_date: '2023-09-25', date: '2023-09-25', source_ids: ['s'] },
      '2023-09-25',
    ],
    [
      "written since: the listing's own date",
      { round: 'r', round_date: '2023-09-25', date: '2023-10-01', source_ids: ['s'] },
      '2023-10-01',
    ],
    [
      "written before version 2 with a date not the round's, kept as the listing's",
      { round: 'r', date: '2023-10-01', source_ids: ['s'] },
      '2023-10-01',
    ],
  ])('%s', (_case, listing, date) => {
    const draft = parseCytoscapeJson(network(listing), 'x.cyjs');
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.listings).toStrictEqual([
      { entity: 'a', round: 'r', ...(date ? { date } : {}), sources: ['s'] },
    ]);
  });

  it('an end that cites a source the file lacks keeps its status and date, with a problem', () => {
    const draft = parseCytoscapeJson(
      network({
        round: 'r',
        round_date: '2023-09-25',
        end: { status: 'delisted', date: '2024', sources: ['gone'] },
        source_ids: ['s'],
      }),
      'x.cyjs',
    );
    expect(draft.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'elements.nodes[0].data.listings[0].end: cites source "gone", which is not in the file or not valid; the citation is dropped',
    ]);
    expect(draft.dataset.listings[0]!.end).toStrictEqual({ status: 'delisted', date: '2024' });
  });
});

describe('records carry their own sources', () => {
  it.each(formats)(
    '%s without the dataset record keeps every record with its sources and listings',
    (format, write, parse, file) => {
      const draft = parse(withoutDatasetRecord[format]!(write(dataset)), file);
      expect(draft.problems).toEqual([]);
      expect(draft.dataset.entities).toStrictEqual(dataset.entities);
      expect(draft.dataset.links).toStrictEqual(dataset.links);
      // Listings come node by node, and only what someone cites or is listed in is left.
      expect(draft.dataset.listings).toStrictEqual([dataset.listings[1], dataset.listings[2], dataset.listings[0]]);
      expect(draft.dataset.rounds.map((r) => r.id).sort()).toEqual(['bis-2023-09', 'ofac-2023-05']);
      expect(draft.dataset.rounds).toContainEqual(dataset.rounds[0]);
      expect(draft.dataset.sources.map((s) => s.id).sort()).toEqual(['fr', 'rusi']);
      expect(draft.dataset.sources).toContainEqual(dataset.sources[0]);
    },
  );

  it('a node cut out of the file takes its listings with it, and an edit made in Gephi wins over the record', () => {
    const gexf = toGexf(dataset, {}, () => '#000000', '2026-11-28')
      .replace(/<node id="smt"[^]*?<\/node>/, '')
      .replace(/<edge [^\n]*<\/edge>/g, '')
      .replace(
        '<attvalue for="aliases" value="APL; A.P.L.; Hong Kong"/>',
        '<attvalue for="aliases" value="APL; Asia Pacific"/>',
      );
    const draft = parseGexf(gexf, 'x.gexf');
    expect(draft.dataset.entities.map((e) => e.id)).toEqual(['apl', '007']);
    expect(draft.dataset.entities[0]!.aliases).toEqual(['APL', 'Asia Pacific']);
    expect(draft.dataset.listings).toStrictEqual([dataset.listings[1], dataset.listings[2]]);
    expect(draft.problems.map((p) => p.message)).toEqual([
      '1 listings are of entities that are not nodes of the file; they are left out',
    ]);
  });
});
