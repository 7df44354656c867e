import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../validate/validateDataset';
import { formatImportProblem } from '../shared/draft';
import { gexfText as gexf } from '../../test/gexfText';
import { parseGexf } from './read';

const problems = (draft: ReturnType<typeof parseGexf>) => draft.problems.map(formatImportProblem).join('\n');

/** As Gephi 0.10 saves a small procurement network: declared attributes by number, viz, a numeric attribute. */
const GEPHI = `<?xml version='1.0' encoding='UTF-8'?>
<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">
  <meta lastmodifieddate="2024-02-01">
    <creator>Gephi 0.10.1</creator>
    <title>Procurement</title>
    <description></description>
  </meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node" mode="static">
      <attribute id="0" title="Type" type="string"/>
      <attribute id="1" title="Country" type="string"/>
      <attribute id="2" title="modularity_class" type="integer"/>
      <attribute id="3" title="Role" type="string">
        <default>supplier</default>
      </attribute>
    </attributes>
    <nodes>
      <node id="n0" label="Shenzhen Jinghon Electronics">
        <attvalues>
          <attvalue for="0" value="Company"/>
          <attvalue for="1" value="China"/>
          <attvalue for="2" value="1"/>
        </attvalues>
        <viz:size value="12.0"/>
        <viz:position x="-120.5" y="40.25" z="0.0"/>
        <viz:color r="31" g="119" b="180"/>
      </node>
      <node id="n1" label="Ivan Petrov">
        <attvalues><attvalue for="0" value="person"/><attvalue for="1" value="ru"/><attvalue for="3" value="Owner"/></attvalues>
        <viz:color r="255" g="127" b="14"/>
      </node>
      <node id="n2" label="Orlan LLC">
        <attvalues><attvalue for="0" value="Submarine"/><attvalue for="1" value="Atlantis"/></attvalues>
      </node>
      <node id="n3" label="深圳 贸易 公司"/>
    </nodes>
    <edges>
      <edge id="0" source="n0" target="n2" label="Supplies" weight="2.0"/>
      <edge id="1" source="n1" target="n2" label="owns"/>
      <edge id="2" source="n2" target="n3" label="bribes">
        <viz:color r="200" g="0" b="0"/>
      </edge>
      <edge id="3" source="n3" target="n0"/>
    </edges>
  </graph>
</gexf>
`;

describe('parseGexf', () => {
  it('reads a file Gephi saved: labels, attributes by title, defaults, with a problem for each value it cannot use', () => {
    const draft = parseGexf(GEPHI, 'procurement.gexf');
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.name).toBe('procurement');
    expect(draft.dataset.entities.map((e) => [e.id, e.name, e.kind, e.role, e.country])).toEqual([
      ['n0', 'Shenzhen Jinghon Electronics', 'company', 'supplier', 'CN'],
      ['n1', 'Ivan Petrov', 'person', 'owner', 'RU'],
      ['n2', 'Orlan LLC', 'company', 'supplier', 'ZZ'],
      ['n3', '深圳 贸易 公司', 'company', 'supplier', 'ZZ'],
    ]);
    expect(draft.dataset.links.map((l) => [l.id, l.source, l.target, l.kind, l.notes])).toEqual([
      ['0', 'n0', 'n2', 'supplies', undefined],
      ['1', 'n1', 'n2', 'owns', undefined],
      ['2', 'n2', 'n3', 'supplies', 'Type in the file: bribes'],
      ['3', 'n3', 'n0', 'supplies', undefined],
    ]);
    expect(draft.dataset.sources).toEqual([
      { id: 'imported-file', title: 'procurement.gexf', publisher: 'Imported file' },
    ]);
    expect([...draft.dataset.entities, ...draft.dataset.links].every((r) => r.sources.join() === 'imported-file')).toBe(
      true,
    );
    expect(problems(draft).split('\n')).toEqual([
      'procurement.gexf, line 32, node "n2": kind "Submarine" is not one of company, person, agency, organisation, programme, vessel, aircraft; imported as company',
      'procurement.gexf, line 32, node "n2": country "Atlantis" is neither a country code nor an English country name; filed under Unknown',
      'procurement.gexf, line 40, edge "2": link type "bribes" is not one of supplies, ships, pays, procures-for, produces-for, owns, controls, part-of, directs, employs, member-of, represents, family, associated-with; imported as supplies',
      'procurement.gexf, the file: 1 entity has no kind; it is imported as a company',
      'procurement.gexf, the file: 1 entity has no country; filed under Unknown',
      'procurement.gexf, the file: 1 edge has no type; imported as supplies',
    ]);
  });

  it('gives NetworkX edge ids that are node ids too ("0", "1") ids of their own, and keeps ids such as "007" as text', () => {
    const draft = parseGexf(
      gexf('<node id="0" label="A"/><node id="007" label="B"/>', '<edge id="0" source="0" target="007"/>'),
      'nx.gexf',
    );
    expect(draft.dataset.entities.map((e) => e.id)).toEqual(['0', '007']);
    expect(draft.dataset.links).toMatchObject([{ source: '0', target: '007' }]);
    expect(draft.dataset.links[0]!.id).not.toBe('0');
    expect(validateDataset(draft.dataset).ok).toBe(true);
  });

  it('makes ids that are not dataset ids into ones, the same way for nodes and the edges that name them', () => {
    const draft = parseGexf(
      gexf(
        '<node id="Acme Trading GmbH" label="Acme"/><node id="Рособоронэкспорт" label="ROE"/>',
        '<edge source="Acme Trading GmbH" target="Рособоронэкспорт" label="procures for"/>',
      ),
      'x.gexf',
    );
    expect(draft.dataset.entities.map((e) => e.id)).toEqual(['Acme-Trading-GmbH', 'entity-2']);
    expect(draft.dataset.links).toMatchObject([
      { id: 'link-1', source: 'Acme-Trading-GmbH', target: 'entity-2', kind: 'procures-for' },
    ]);
  });
});

describe('parseGexf with the names other tools give shares, roles, countries and direction', () => {
  const OWNERSHIP = `<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node"><attribute id="0" title="Countries" type="string"/><attribute id="1" title="Identifiers" type="string"/></attributes>
    <attributes class="edge"><attribute id="0" title="percentage" type="double"/><attribute id="1" title="Role" type="string"/><attribute id="2" title="kind" type="string"/></attributes>
    <nodes>
      <node id="a" label="Alpha"><attvalues><attvalue for="0" value="RU (registration); Cyprus"/><attvalue for="1" value="INN: 7701 (RU)"/></attvalues></node>
      <node id="b" label="Beta"/>
      <node id="c" label="Gamma"/>
    </nodes>
    <edges>
      <edge id="0" source="b" target="a" type="directed"><attvalues><attvalue for="0" value="75.0"/><attvalue for="1" value="shareholder"/><attvalue for="2" value="owns"/></attvalues></edge>
      <edge id="1" source="b" target="c"><attvalues><attvalue for="1" value="brother"/></attvalues></edge>
      <edge id="2" source="c" target="a" type="directed"><attvalues><attvalue for="0" value="half"/></attvalues></edge>
      <edge id="3" source="c" target="b" label="family"/>
    </edges>
  </graph>
</gexf>`;

  it('reads percentage as the share, Role as the role, undirected edges without a type as associations, and countries with or without a meaning', () => {
    const draft = parseGexf(OWNERSHIP, 'ownership.gexf');
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.entities[0]).toMatchObject({
      countries: [
        { code: 'RU', as: 'registration' },
        { code: 'CY', as: 'other' },
      ],
      identifiers: [{ type: 'INN', value: '7701', country: 'RU' }],
    });
    expect(draft.dataset.links.map((l) => [l.source, l.target, l.kind, l.share, l.role])).toEqual([
      ['b', 'a', 'owns', 75, 'shareholder'],
      ['b', 'c', 'associated-with', undefined, 'brother'],
      ['c', 'a', 'supplies', undefined, undefined],
      ['c', 'b', 'family', undefined, undefined],
    ]);
    expect(problems(draft).split('\n')).toEqual([
      'ownership.gexf, line 13, edge "2": share "half" is not a percentage from 0 to 100; it is passed over',
      'ownership.gexf, the file: 3 entities have no kind; they are imported as companies',
      'ownership.gexf, the file: 3 entities have no role; imported as other',
      'ownership.gexf, the file: 3 entities have no country; filed under Unknown',
      'ownership.gexf, the file: 1 edge has no type; imported as supplies',
      'ownership.gexf, the file: 1 undirected edge has no type; imported as associated-with',
    ]);
  });
});
