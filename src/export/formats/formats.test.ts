import { describe, expect, it } from 'vitest';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from '../../test/factories';
import { makeV2Dataset } from '../../test/v2Dataset';
import { validateDatasetText } from '../../validate/validateDataset';
import { subsetDataset } from '../subset';
import { toCsvTables } from '../../formats/csvTables/write';
import { toCytoscapeJson } from '../../formats/cytoscapeJson/write';
import { toFtmLines } from '../../formats/ftm/write';
import { toGexf } from '../../formats/gexf/write';
import { toGraphml } from '../../formats/graphml/write';
import { toProjectJson } from '../../formats/projectJson/write';

const dataset = makeDataset({
  sources: [makeSource({ id: 'src-1', title: 'RUSI <report>', url: 'https://rusi.org/x?a=1&b=2' })],
  rounds: [makeRound({ id: 'bis', citation: 'FR Doc. 2023-21080' })],
  entities: [
    makeEntity({
      id: 'apl',
      name: 'Asia Pacific Links & Co "Ltd"',
      aliases: ['APL'],
      country: 'HK',
      city: 'Hong Kong',
      notes: 'Line one\nline two',
    }),
    makeEntity({ id: 'smt', name: '=HYPERLINK("x")', kind: 'person', role: 'owner' }),
    makeEntity({ id: 'gone', name: 'Not in view' }),
  ],
  listings: [makeListing({ entity: 'apl', round: 'bis', reason: 'Scheme to supply STC' })],
  links: [
    makeLink({
      id: 'apl-smt',
      source: 'apl',
      target: 'smt',
      items: ['GNSS modules', 'cellular modules'],
      period: { from: '2019' },
    }),
    makeLink({ id: 'owns', source: 'smt', target: 'apl', kind: 'owns' }),
  ],
});

const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('subsetDataset', () => {
  it('keeps the chosen entities and links with their listings, rounds and sources', () => {
    const part = subsetDataset(dataset, new Set(['apl', 'smt']), new Set(['apl-smt']));
    expect(part.entities.map((e) => e.id)).toEqual(['apl', 'smt']);
    expect(part.links.map((l) => l.id)).toEqual(['apl-smt']);
    expect(part.listings).toHaveLength(1);
    expect(part.rounds.map((r) => r.id)).toEqual(['bis']);
    expect(validateDatasetText(toProjectJson(part)).problems).toEqual([]);
  });

  it('drops links that lose an end', () => {
    expect(subsetDataset(dataset, new Set(['apl']), new Set(['apl-smt'])).links).toEqual([]);
  });

  it('keeps the source only the end of a listing cites, and drops rounds the opening view names that are not kept', () => {
    const v2 = { ...makeV2Dataset(), view: { rounds: ['sdn-2023-05', 'sdn-undated'], hideNotYetListed: true } };
    const part = subsetDataset(v2, new Set(['owner', 'kalashnikov']), new Set(['owns-51']));
    expect(part.sources.map((s) => s.id)).toEqual(['ofac', 'opensanctions', 'delisting']);
    expect(subsetDataset(v2, new Set(['kalashnikov']), new Set()).view).toStrictEqual({
      rounds: ['sdn-2023-05'],
      hideNotYetListed: true,
    });
    expect(subsetDataset(v2, new Set(['uav-programme']), new Set()).view).toStrictEqual({ hideNotYetListed: true });
    for (const ids of [['owner', 'kalashnikov'], ['kalashnikov'], ['uav-programme']])
      expect(validateDatasetText(toProjectJson(subsetDataset(v2, new Set(ids), new Set()))).problems).toEqual([]);
  });
});

describe('version 2 facts in the readable columns and attributes', () => {
  const v2 = makeV2Dataset();

  it('project JSON says version 2 first, and reads back exactly', () => {
    const json = toProjectJson(v2);
    expect(json.startsWith('{\n  "format": "supply-lines",\n  "version": 2,\n  "title"')).toBe(true);
    expect(validateDatasetText(json).dataset).toStrictEqual(v2);
  });

  it('CSV writes countries with their meaning, addresses, identifiers, listings with unknown dates and ends, shares and roles', () => {
    const { entities, links } = toCsvTables(v2);
    const kalashnikov = entities.split('\r\n')[1]!;
    expect(kalashnikov).toContain(
      ',RU (registration); CN (address); AE (operations),,"Deryabina St 3, Izhevsk; Room 5, 8 Nathan Road <Kowloon>",INN: 1832090230 (RU); OGRN: 1111832003018; Registration ID: A: 12 (b),2023-05-20 US OFAC SDN List,',
    );
    expect(entities.split('\r\n')[2]).toContain(
      ',2023-05-19 US OFAC SDN List (delisted 2024-03-01); date unknown US OFAC SDN List (expired),',
    );
    expect(links.split('\r\n')[1]).toMatch(
      /^owns-51,owner,kalashnikov,owns,,51,beneficial owner,2015,2023-06,official,/,
    );
    expect(links.split('\r\n')[5]).toMatch(/^serves-programme,kalashnikov,uav-programme,part-of,airframes,0,,/);
  });

  it('GEXF makes share a number and family and associate ties undirected edges', () => {
    const gexf = toGexf(v2, {}, () => '#000000', '2026-11-28');
    expect(gexf).toContain('<attribute id="share" title="share" type="double"/>');
    expect(gexf).toContain(
      '<edge id="owns-51" source="owner" target="kalashnikov" label="owns"><attvalues><attvalue for="kind" value="owns"/><attvalue for="share" value="51"/><attvalue for="role" value="beneficial owner"/>',
    );
    expect(gexf.match(/<edge [^>]*type="undirected"[^>]*>/g)?.map((edge) => edge.match(/id="([^"]*)"/)![1])).toEqual([
      'family',
      'associate',
    ]);
    expect(gexf).toContain('<attvalue for="countries" value="RU (registration); CN (address); AE (operations)"/>');
  });

  it('GraphML makes share a double and family and associate ties directed="false"', () => {
    const graphml = toGraphml(v2);
    expect(graphml).toContain('<key id="e_share" for="edge" attr.name="share" attr.type="double"/>');
    expect(graphml).toContain('<data key="e_share">33.333333333333336</data>');
    expect(graphml.match(/<edge [^>]*directed="false"[^>]*>/g)?.map((edge) => edge.match(/id="([^"]*)"/)![1])).toEqual([
      'family',
      'associate',
    ]);
  });

  it('Cytoscape JSON gives edges a share number and a role, and nodes their countries, addresses and identifiers as lists', () => {
    const json = JSON.parse(toCytoscapeJson(v2, {}));
    expect(json.elements.edges[0].data).toMatchObject({
      share: 51,
      role: 'beneficial owner',
      period: { from: '2015', to: '2023-06' },
    });
    expect(json.elements.nodes[0].data).toMatchObject({
      countries: v2.entities[0]!.countries,
      addresses: v2.entities[0]!.addresses,
      identifiers: v2.entities[0]!.identifiers,
    });
    expect(json.elements.nodes[1].data.listings[0]).toStrictEqual({
      round: 'sdn-2023-05',
      authority: 'US OFAC',
      list: 'SDN List',
      round_date: '2023-05-19',
      end: v2.listings[1]!.end,
      source_ids: ['ofac'],
    });
  });
});

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
