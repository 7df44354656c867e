import { describe, expect, it } from 'vitest';
import { awkwardDataset as dataset } from '../test/awkwardDataset';
import { makeDataset, makeEntity } from '../test/factories';
import { validateDatasetText } from '../validate/validateDataset';
import { toCsvTables } from './csvTables/write';
import { toCytoscapeJson } from './cytoscapeJson/write';
import { toFtmLines } from './ftm/write';
import { toGexf } from './gexf/write';
import { toGraphml } from './graphml/write';
import { toProjectJson } from './projectJson/write';

const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('data exports', () => {
  it('project JSON round-trips through the validator unchanged', () => {
    const result = validateDatasetText(toProjectJson(dataset));
    expect(result.dataset).toEqual({ ...dataset });
  });

  it('CSV tables carry listings and sources and neutralise formulas', () => {
    const { entities, links } = toCsvTables(dataset);
    const rows = entities.trim().split('\r\n');
    expect(rows[0]).toBe(
      'Id,Label,Aliases,Kind,Role,Country,Countries,City,Addresses,Identifiers,Listings,Notes,Uncertain,Sources,source_ids,supply_lines',
    );
    expect(rows[1]).toContain('2023-09-25 US BIS Entity List');
    expect(rows[1]).toContain('RUSI <report> <https://rusi.org/x?a=1&b=2>');
    expect(rows[2]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(links.split('\r\n')[0]).toBe(
      'Id,Source,Target,Type,Items,Share,Role,Period from,Period to,Confidence,Notes,Uncertain,Sources,source_ids,supply_lines',
    );
    expect(links.split('\r\n')[1]).toMatch(
      /^apl-smt,apl,smt,supplies,GNSS modules; cellular modules,,,2019,,reported,,,RUSI <report> <https:\/\/rusi.org\/x\?a=1&b=2>,src-1,"\{/,
    );
  });

  it('GEXF 1.3 has escaped labels, attributes, colours and positions', () => {
    const gexf = toGexf(dataset, { apl: { x: 10, y: 20 } }, () => '#1d4ed8', '2026-11-28');
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    expect(gexf).toContain('label="Asia Pacific Links &amp; Co &quot;Ltd&quot;"');
    expect(gexf).toContain('<viz:color r="29" g="78" b="216"/><viz:position x="10" y="-20" z="0"/>');
    expect(gexf).toContain(
      '<attvalue for="sources" value="RUSI &lt;report&gt; &lt;https://rusi.org/x?a=1&amp;b=2&gt;"/>',
    );
    expect(gexf).toContain('<attvalue for="source_ids" value="src-1"/>');
    expect(gexf).toContain('<attvalue for="notes" value="Line one&#10;line two"/>');
    expect(gexf.match(/<edge /g)).toHaveLength(2);
  });

  it('GEXF and GraphML replace characters XML cannot hold, so strict readers accept them', () => {
    const odd = makeDataset({
      ...dataset,
      entities: [makeEntity({ id: 'apl', name: 'Bell\u0007 and form\u000Cfeed\uFFFF', notes: 'tab\tand\nline' })],
      listings: [],
      links: [],
    });
    for (const xml of [toGexf(odd, {}, () => '#000000', '2026-11-28'), toGraphml(odd)]) {
      expect([...xml].filter((c) => (c < ' ' && !'\t\n\r'.includes(c)) || c === '\uFFFE' || c === '\uFFFF')).toEqual(
        [],
      );
      expect(xml).toContain('Bell\uFFFD and form\uFFFDfeed\uFFFD');
    }
  });

  it('GEXF and GraphML carry each record with its listings, rounds and full sources, and the dataset record', () => {
    for (const xml of [toGexf(dataset, {}, () => '#000000', '2026-11-28'), toGraphml(dataset)]) {
      const records = [...xml.matchAll(/for="supply_lines" value="([^"]*)|key="[ne]_supply_lines">([^<]*)/g)].map((m) =>
        JSON.parse(unescape(m[1] ?? m[2]!)),
      );
      expect(records).toHaveLength(5);
      expect(records[0]).toEqual({
        aliases: ['APL'],
        listings: [
          {
            round: 'bis',
            authority: 'US BIS',
            list: 'Entity List',
            round_date: '2023-09-25',
            reason: 'Scheme to supply STC',
            source_ids: ['src-1'],
          },
        ],
        rounds: [dataset.rounds[0]],
        sources: [dataset.sources[0]],
      });
      expect(records[3]).toEqual({ items: ['GNSS modules', 'cellular modules'], sources: [dataset.sources[0]] });
      const record = JSON.parse(
        unescape(
          xml
            .match(
              /<supply_lines xmlns="urn:supply-lines">([^<]*)<\/supply_lines>|<data key="g_supply_lines">([^<]*)<\/data>/,
            )!
            .slice(1)
            .find(Boolean)!,
        ),
      );
      expect(record).toEqual({
        title: 'Test data',
        sources: dataset.sources,
        rounds: dataset.rounds,
        listings: dataset.listings,
      });
    }
  });

  it('GraphML declares its keys and carries every node and edge', () => {
    const graphml = toGraphml(dataset);
    expect(graphml).toContain('<key id="n_listings" for="node" attr.name="listings" attr.type="string"/>');
    expect(graphml).toContain('<key id="g_supply_lines" for="graph" attr.name="supply_lines" attr.type="string"/>');
    expect(graphml.match(/<node /g)).toHaveLength(3);
    expect(graphml).toContain(
      '<edge id="apl-smt" source="apl" target="smt"><data key="e_kind">supplies</data><data key="e_items">GNSS modules; cellular modules</data>',
    );
  });

  it('Cytoscape JSON has nodes with positions and edges with source and target', () => {
    const json = JSON.parse(toCytoscapeJson(dataset, { apl: { x: 1, y: 2 } }));
    expect(json.elements.nodes[0]).toMatchObject({
      data: {
        id: 'apl',
        name: dataset.entities[0]!.name,
        listings: [{ authority: 'US BIS', reason: 'Scheme to supply STC' }],
      },
      position: { x: 1, y: 2 },
    });
    expect(json.elements.edges[0].data).toMatchObject({
      source: 'apl',
      target: 'smt',
      interaction: 'supplies',
      items: ['GNSS modules', 'cellular modules'],
      sources: [{ url: 'https://rusi.org/x?a=1&b=2' }],
    });
  });

  it('Cytoscape JSON carries source ids, full sources and listings, and the dataset record as network data', () => {
    const json = JSON.parse(toCytoscapeJson(dataset, {}));
    expect(json.elements.nodes[0].data).toMatchObject({
      source_ids: ['src-1'],
      sources: [dataset.sources[0]],
      rounds: [dataset.rounds[0]],
      listings: [{ round: 'bis', source_ids: ['src-1'] }],
    });
    expect(json.elements.edges[1].data).toMatchObject({
      kind: 'owns',
      source_ids: ['src-1'],
      sources: [dataset.sources[0]],
    });
    expect(json.data).toEqual({
      name: 'Test data',
      title: 'Test data',
      sources: dataset.sources,
      rounds: dataset.rounds,
      listings: dataset.listings,
    });
  });

  it('FollowTheMoney lines have entities, sanctions and links of the right schemata', () => {
    const lines = toFtmLines(dataset)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.schema)).toEqual([
      'Document',
      'Company',
      'Person',
      'Company',
      'Sanction',
      'UnknownLink',
      'Ownership',
    ]);
    expect(lines[0]).toMatchObject({
      id: 'source:src-1',
      properties: { title: ['RUSI <report>'], sourceUrl: ['https://rusi.org/x?a=1&b=2'] },
    });
    expect(lines[1].properties).toMatchObject({
      name: [dataset.entities[0]!.name],
      alias: ['APL'],
      country: ['hk'],
      topics: ['sanction'],
      sourceUrl: ['https://rusi.org/x?a=1&b=2'],
      proof: ['source:src-1'],
    });
    expect(lines[4].properties).toMatchObject({
      entity: ['apl'],
      authority: ['US BIS'],
      program: ['Entity List'],
      programId: ['bis'],
      startDate: ['2023-09-25'],
      authorityId: ['FR Doc. 2023-21080'],
    });
    expect(lines[5].properties).toMatchObject({
      subject: ['apl'],
      object: ['smt'],
      role: ['supplies'],
      summary: ['GNSS modules', 'cellular modules'],
      startDate: ['2019'],
    });
    expect(lines[6].properties).toMatchObject({ owner: ['smt'], asset: ['apl'] });
  });
});
