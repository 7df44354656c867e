import { describe, expect, it } from 'vitest';
import { toFtmLines } from './ftm/write';
import { makeDataset, makeEntity } from '../test/factories';
import { toCsvTables } from './csvTables/write';
import { toCytoscapeJson } from './cytoscapeJson/write';
import { toGexf } from './gexf/write';
import { toGraphml } from './graphml/write';
import { toProjectJson } from './projectJson/write';
import { EXPORT_FORMATS, FORMATS, formatOf } from './registry';

const dataset = makeDataset();
const CSL_HEADER =
  '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date';
const idOf = (name: string, text: string) => formatOf({ name, text })?.id ?? null;

describe('the format registry', () => {
  it.each([
    ['a GEXF export, whatever its name', 'data.xml', toGexf(dataset, {}, () => '#000000', '2026-11-28'), 'gexf'],
    ['a GraphML export', 'data.txt', toGraphml(dataset), 'graphml'],
    ['a Cytoscape JSON export', 'network.json', toCytoscapeJson(dataset, {}), 'cytoscape-json'],
    ['a FollowTheMoney export', 'x.json', toFtmLines(dataset), 'ftm'],
    [
      'a Supply Lines project, even one whose notes mention "elements": [',
      'data.txt',
      toProjectJson(makeDataset({ entities: [makeEntity({ notes: 'Its "elements": [ are listed' })] })),
      'project-json',
    ],
    [
      'a Screening List CSV',
      'list.csv',
      `${CSL_HEADER}\n1,Entity List (EL) - Bureau of Industry and Security,,,,Alpha,,,88 FR 1,2023-09-25,\n`,
      'csl',
    ],
    [
      'a Screening List JSON of OFAC rows only',
      'sdn.json',
      '{"results": [{"source": "Specially Designated Nationals (SDN) - Treasury Department", "name": "X", "entity_number": "1", "programs": [], "source_list_url": "https://x"}]}',
      'csl',
    ],
    [
      'GEXF with a byte-order mark, comments and a prefix',
      'x',
      '\uFEFF<?xml version="1.0"?>\n<!-- <graphml> in a comment -->\n<g:gexf xmlns:g="http://gexf.net/1.3"/>',
      'gexf',
    ],
    [
      'GraphML after a DOCTYPE',
      'x',
      '<?xml version="1.0"?><!DOCTYPE graphml SYSTEM "graphml.dtd"><graphml/>',
      'graphml',
    ],
    ['Cytoscape.js elements as one list', 'x', '{"elements": [{"data": {"id": "a"}}]}', 'cytoscape-json'],
    ['elements with only edges', 'x', '{ "elements" : { "edges" : [ ] } }', 'cytoscape-json'],
    ['content over a misleading extension', 'graph.graphml', '<gexf version="1.3"></gexf>', 'gexf'],
    [
      'FollowTheMoney whose first line is 2 MB long',
      'x.json',
      `{"id": "a", "schema": "Company", "properties": {"name": ["${'x'.repeat(2_000_000)}"]}}\n{"id": "b", "schema": "Company", "properties": {}}\n`,
      'ftm',
    ],
    [
      'a Screening List JSON whose first row has a name of 2 MB',
      'csl.json',
      JSON.stringify({
        results: [
          {
            source: 'Entity List (EL) - Bureau of Industry and Security',
            name: 'x'.repeat(2_000_000),
            federal_register_notice: '88 FR 1',
            start_date: '2023-09-25',
          },
        ],
      }),
      'csl',
    ],
    [
      'a one-line project file of 2 MB',
      'x.json',
      toProjectJson(
        makeDataset({
          entities: [makeEntity({ notes: `"schema": "Company", "properties": {${'x'.repeat(2_000_000)}` })],
        }),
      ).replace(/\n\s*/g, ''),
      'project-json',
    ],
  ])('knows %s by its content', (_, name, text, format) => {
    expect(idOf(name, text)).toBe(format);
  });

  it.each([
    ['broken GEXF', 'x.GEXF', '<gexf', 'gexf'],
    ['an empty GraphML file', 'x.graphml', '', 'graphml'],
    ['malformed Cytoscape JSON', 'x.cyjs', '{"elements": {"nodes": [,]', 'cytoscape-json'],
    ['an empty JSON file', 'empty.json', '', 'project-json'],
    ['a CSV table of another tool', 'nodes.csv', 'Id,Label\na,Alpha\n', 'csv'],
  ])('falls back on the extension for %s, so its reader can say what is wrong', (_, name, text, format) => {
    expect(idOf(name, text)).toBe(format);
  });

  it.each([
    ['other XML', 'feed.xml', '<?xml version="1.0"?><rss><channel/></rss>'],
    ['an extension that is a prototype key', 'x.constructor', 'hello'],
    ['plain text', 'notes.md', 'Suppliers of the STC'],
  ])('knows no format for %s', (_, name, text) => {
    expect(idOf(name, text)).toBeNull();
  });

  it('gives every format one entry, and the Export menu the six that write, in its order', () => {
    expect(new Set(FORMATS.map((f) => f.id)).size).toBe(FORMATS.length);
    expect(EXPORT_FORMATS.map((f) => f.label)).toEqual([
      'JSON',
      'CSV',
      'GEXF',
      'GraphML',
      'Cytoscape JSON',
      'FollowTheMoney',
    ]);
    expect(FORMATS.filter((f) => !f.write).map((f) => f.id)).toEqual(['csl']);
  });

  it('writes through each entry what the format writer writes', () => {
    const context = { base: 'out', positions: {}, colourOf: () => '#000000', today: '2026-12-02' };
    const files = Object.fromEntries(EXPORT_FORMATS.map((f) => [f.id, f.write!(dataset, context)]));
    expect(files.csv!.map((f) => f.name)).toEqual(['out-entities.csv', 'out-links.csv']);
    expect(files.csv![1]!.text).toBe(toCsvTables(dataset).links);
    expect(files.gexf![0]).toEqual({
      name: 'out.gexf',
      type: 'application/xml',
      text: toGexf(dataset, {}, () => '#000000', '2026-12-02'),
    });
    expect(files.ftm![0]!.name).toBe('out.ftm.json');
  });
});
