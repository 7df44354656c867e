import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCytoscapeJson } from '../export/formats/cytoscapeJson';
import { toGexf } from '../export/formats/gexf';
import { toGraphml } from '../export/formats/graphml';
import type { Dataset } from '../model/types';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from '../test/factories';
import { validateDataset, validateDatasetText } from '../validate/validateDataset';
import type { ImportDraft } from './importTypes';
import { parseCytoscapeJson } from './parseCytoscapeJson';
import { parseGexf } from './parseGexf';
import { parseGraphml } from './parseGraphml';

const { url: _url, ...unlinked } = makeSource({ id: 'fr', title: 'Federal Register 2023-21080', publisher: 'US BIS', date: '2023-09-27' });
/** A dataset with every optional field used, text that XML and JSON must escape, and order that is not the nodes'. */
const dataset: Dataset = makeDataset({
  title: 'Drone parts & "friends"',
  description: 'Rounds of 2023 <draft>',
  view: { asOf: '2023-09-25', countries: ['RU', 'CN'], hideNotYetListed: true },
  sources: [
    makeSource({ id: 'rusi', title: 'Silicon Lifeline <RUSI>', publisher: 'RUSI', url: 'https://rusi.org/x?a=1&b=2', notes: 'First line\nsecond line' }),
    unlinked,
    makeSource({ id: 'cited-by-no-one', title: 'Background', publisher: 'Reuters', date: '2008' }),
  ],
  rounds: [
    makeRound({ id: 'bis-2023-09', citation: 'FR Doc. 2023-21080', published: '2023-09-27', effective: '2023-09-25', title: 'Additions to the Entity List', summary: '28 entities: China 11, Russia 5', size: { entities: 28 }, notes: 'Round notes', uncertain: 'Effective date from the rule', sources: ['fr'] }),
    makeRound({ id: 'ofac-2023-05', authority: 'US OFAC', list: 'SDN List (E.O. 14024)', date: '2023-05', sources: ['rusi', 'fr'] }),
    makeRound({ id: 'uk-2024', authority: 'UK', list: 'Russia sanctions', date: '2024', sources: ['rusi'] }),
  ],
  entities: [
    makeEntity({ id: 'apl', name: 'Asia Pacific Links & Co "Ltd"', aliases: ['APL', 'A.P.L.; Hong Kong'], role: 'distributor', country: 'HK', city: 'Hong Kong', notes: 'Two\r\nlines\tand a tab', uncertain: 'Address from one filing', sources: ['rusi', 'fr'] }),
    makeEntity({ id: 'smt', name: 'SMT-iLogic', kind: 'person', role: 'owner', country: 'RU', sources: ['fr'] }),
    makeEntity({ id: '007', name: '<script>alert(1)</script>', kind: 'agency', role: 'end-user', country: 'ZZ', sources: ['rusi'] }),
  ],
  listings: [
    makeListing({ entity: 'smt', round: 'ofac-2023-05', sources: ['rusi'] }),
    makeListing({ entity: 'apl', round: 'bis-2023-09', reason: 'Scheme to supply STC', notes: 'Listing notes', uncertain: 'Name spelled two ways', sources: ['fr'] }),
    makeListing({ entity: 'apl', round: 'ofac-2023-05', sources: ['rusi'] }),
  ],
  links: [
    makeLink({ id: 'apl-smt', source: 'apl', target: 'smt', kind: 'ships', items: ['GNSS modules', 'cellular; modules'], period: { from: '2019-03', to: '2023' }, confidence: 'official', notes: 'Per customs\nrecords', uncertain: 'Volumes unknown', sources: ['rusi', 'fr'] }),
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
    const { $schema: _schema, ...builtin } = validateDatasetText(readFileSync(new URL('../../data/drone-rounds-2023.json', import.meta.url), 'utf8')).dataset!;
    const draft = parse(write(builtin), file);
    expect(draft.problems).toEqual([]);
    expect(draft.dataset).toStrictEqual(builtin);
  });
});

describe('records carry their own sources', () => {
  // What is left when another tool writes the file again from its tables: nodes and edges with their attributes.
  const withoutDatasetRecord: Array<[string, string, (text: string, file: string) => ImportDraft, string]> = [
    ['GEXF', toGexf(dataset, {}, () => '#000000', '2026-11-28').replace(/<supply_lines [^]*?<\/supply_lines>/, ''), parseGexf, 'x.gexf'],
    ['GraphML', toGraphml(dataset).replace(/<data key="g_supply_lines">[^]*?<\/data>/, ''), parseGraphml, 'x.graphml'],
    ['Cytoscape JSON', JSON.stringify({ ...JSON.parse(toCytoscapeJson(dataset, {})), data: { name: 'x' } }), parseCytoscapeJson, 'x.cyjs'],
  ];
  it.each(withoutDatasetRecord)('%s without the dataset record keeps every record with its sources and listings', (_format, text, parse, file) => {
    const draft = parse(text, file);
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities).toStrictEqual(dataset.entities);
    expect(draft.dataset.links).toStrictEqual(dataset.links);
    // Listings come node by node, and only what someone cites or is listed in is left.
    expect(draft.dataset.listings).toStrictEqual([dataset.listings[1], dataset.listings[2], dataset.listings[0]]);
    expect(draft.dataset.rounds.map((r) => r.id).sort()).toEqual(['bis-2023-09', 'ofac-2023-05']);
    expect(draft.dataset.rounds).toContainEqual(dataset.rounds[0]);
    expect(draft.dataset.sources.map((s) => s.id).sort()).toEqual(['fr', 'rusi']);
    expect(draft.dataset.sources).toContainEqual(dataset.sources[0]);
  });

  it('a node cut out of the file takes its listings with it, and an edit made in Gephi wins over the record', () => {
    const gexf = toGexf(dataset, {}, () => '#000000', '2026-11-28')
      .replace(/<node id="smt"[^]*?<\/node>/, '')
      .replace(/<edge [^\n]*<\/edge>/g, '')
      .replace('<attvalue for="aliases" value="APL; A.P.L.; Hong Kong"/>', '<attvalue for="aliases" value="APL; Asia Pacific"/>');
    const draft = parseGexf(gexf, 'x.gexf');
    expect(draft.dataset.entities.map((e) => e.id)).toEqual(['apl', '007']);
    expect(draft.dataset.entities[0]!.aliases).toEqual(['APL', 'Asia Pacific']);
    expect(draft.dataset.listings).toStrictEqual([dataset.listings[1], dataset.listings[2]]);
    expect(draft.problems.map((p) => p.message)).toEqual(['1 listings are of entities that are not nodes of the file; they are left out']);
  });
});
