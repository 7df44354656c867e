import { describe, expect, it } from 'vitest';
import { makeV2Dataset } from '../test/v2Dataset';
import { validateDatasetText } from '../validate/validateDataset';
import { toCsvTables } from './csvTables/write';
import { toCytoscapeJson } from './cytoscapeJson/write';
import { toGexf } from './gexf/write';
import { toGraphml } from './graphml/write';
import { toProjectJson } from './projectJson/write';

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
