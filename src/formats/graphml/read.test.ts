import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../validate/validateDataset';
import { formatImportProblem } from '../shared/draft';
import { parseGraphml } from './read';

const problems = (draft: ReturnType<typeof parseGraphml>) => draft.problems.map(formatImportProblem).join('\n');
const graphml = (body: string, keys = '') => `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="edge" attr.name="type" attr.type="string"/>${keys}
  <graph edgedefault="directed">
${body}
  </graph>
</graphml>`;

/** As yEd 3 saves a diagram: graphics keys with the labels inside, a default country, and a group node with its own graph. */
const YED = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:java="http://www.yworks.com/xml/yfiles-common/1.0/java" xmlns:sys="http://www.yworks.com/xml/yfiles-common/markup/primitives/2.0" xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
  <!--Created by yEd 3.23.2-->
  <key attr.name="Description" attr.type="string" for="graph" id="d0"/>
  <key for="port" id="d1" yfiles.type="portgraphics"/>
  <key attr.name="url" attr.type="string" for="node" id="d3"/>
  <key attr.name="description" attr.type="string" for="node" id="d4"/>
  <key attr.name="Country" attr.type="string" for="node" id="d5">
    <default>Russia</default>
  </key>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key attr.name="Role" attr.type="string" for="node" id="d7"/>
  <key for="graphml" id="d8" yfiles.type="resources"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <data key="d0"/>
    <node id="n0">
      <data key="d5">Hong Kong</data>
      <data key="d7">Distributor</data>
      <data key="d6">
        <y:ShapeNode>
          <y:Geometry height="30.0" width="120.0" x="10.0" y="20.0"/>
          <y:Fill color="#FFCC00" transparent="false"/>
          <y:BorderStyle color="#000000" raised="false" type="line" width="1.0"/>
          <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="12" hasBackgroundColor="false" modelName="custom" textColor="#000000" visible="true" width="110.0" x="5.0" y="6.0">Asia Pacific Links<y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel></y:NodeLabel>
          <y:Shape type="rectangle"/>
        </y:ShapeNode>
      </data>
    </node>
    <node id="n1">
      <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0.0" y="0.0"/><y:NodeLabel>SMT-iLogic</y:NodeLabel></y:ShapeNode></data>
    </node>
    <node id="n2" yfiles.foldertype="group">
      <data key="d6"><y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode><y:NodeLabel>Rostec group</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
      <graph edgedefault="directed" id="n2:">
        <node id="n2::n0">
          <data key="d6"><y:ShapeNode><y:NodeLabel>Radioavtomatika</y:NodeLabel></y:ShapeNode></data>
        </node>
      </graph>
    </node>
    <edge id="e0" source="n0" target="n1">
      <data key="d10"><y:PolyLineEdge><y:Path sx="0.0" sy="0.0" tx="0.0" ty="0.0"/><y:LineStyle color="#000000" type="line" width="1.0"/><y:Arrows source="none" target="standard"/><y:EdgeLabel alignment="center">ships</y:EdgeLabel></y:PolyLineEdge></data>
    </edge>
    <edge id="e1" source="n1" target="n2::n0"/>
  </graph>
  <data key="d8"><y:Resources/></data>
</graphml>
`;

/** As NetworkX's write_graphml saves a DiGraph whose nodes are names: no edge ids, typed keys. */
const NETWORKX = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="d3" for="edge" attr.name="weight" attr.type="double" />
  <key id="d2" for="edge" attr.name="type" attr.type="string" />
  <key id="d1" for="node" attr.name="country" attr.type="string" />
  <key id="d0" for="node" attr.name="kind" attr.type="string" />
  <graph edgedefault="directed">
    <node id="Rostec">
      <data key="d0">agency</data>
      <data key="d1">RU</data>
    </node>
    <node id="Acme Trading GmbH">
      <data key="d0">company</data>
      <data key="d1">Germany</data>
    </node>
    <edge source="Acme Trading GmbH" target="Rostec">
      <data key="d2">procures_for</data>
      <data key="d3">1.0</data>
    </edge>
  </graph>
</graphml>
`;

describe('parseGraphml', () => {
  it('reads a yEd diagram: labels from the graphics, keys by attr.name, defaults and grouped nodes', () => {
    const draft = parseGraphml(YED, 'diagram.graphml');
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.entities.map((e) => [e.id, e.name, e.role, e.country])).toEqual([
      ['n0', 'Asia Pacific Links', 'distributor', 'HK'],
      ['n1', 'SMT-iLogic', 'other', 'RU'],
      ['n2', 'Rostec group', 'other', 'RU'],
      ['n2::n0', 'Radioavtomatika', 'other', 'RU'],
    ]);
    expect(draft.dataset.links.map((l) => [l.id, l.source, l.target, l.kind])).toEqual([
      ['e0', 'n0', 'n1', 'ships'],
      ['e1', 'n1', 'n2::n0', 'supplies'],
    ]);
    expect(problems(draft).split('\n')).toEqual([
      'diagram.graphml, the file: 4 entities have no kind; they are imported as companies',
      'diagram.graphml, the file: 3 entities have no role; imported as other',
      'diagram.graphml, the file: 1 edge has no type; imported as supplies',
    ]);
  });

  it('reads a NetworkX file: names as ids made into dataset ids, edges without ids, types with underscores', () => {
    const draft = parseGraphml(NETWORKX, 'network.graphml');
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.entities.map((e) => [e.id, e.name, e.kind, e.country])).toEqual([
      ['Rostec', 'Rostec', 'agency', 'RU'],
      ['Acme-Trading-GmbH', 'Acme Trading GmbH', 'company', 'DE'],
    ]);
    expect(draft.dataset.links).toMatchObject([
      {
        id: 'link-1',
        source: 'Acme-Trading-GmbH',
        target: 'Rostec',
        kind: 'procures-for',
        confidence: 'reported',
        sources: ['imported-file'],
      },
    ]);
    expect(draft.dataset.sources).toEqual([
      { id: 'imported-file', title: 'network.graphml', publisher: 'Imported file' },
    ]);
  });

  describe('broken or hostile input gives problems, never a throw', () => {
    it('malformed XML, with its line', () => {
      expect(problems(parseGraphml(graphml('<node id="a">\n<data key="d0">A</dat>\n</node>'), 'x.graphml'))).toMatch(
        /^x\.graphml, line 7: is not well-formed XML: Expected closing tag 'data'/,
      );
      expect(problems(parseGraphml('<graphml><node id="a" id="b"/></graphml>', 'x.graphml'))).toContain(
        "x.graphml, line 1: is not well-formed XML: Attribute 'id' is repeated.",
      );
    });

    it('an empty file, and one that is not GraphML', () => {
      expect(problems(parseGraphml('', 'x.graphml'))).toBe('x.graphml: is empty');
      expect(problems(parseGraphml('just text', 'x.graphml'))).toMatch(/^x\.graphml, line 1: is not well-formed XML/);
      expect(problems(parseGraphml('<?xml version="1.0"?>\n<gexf/>', 'x.graphml'))).toBe(
        'x.graphml, line 2: is not GraphML: its root element is <gexf>, not <graphml>',
      );
    });

    it('a node without an id, an edge to a missing node, duplicate ids', () => {
      const draft = parseGraphml(
        graphml(
          '<node><data key="d0">Nameless</data></node>\n<node id="a"/>\n<node id="a"/>\n<node id="b"/>\n<edge source="a" target="nowhere"/>\n<edge id="e" source="a" target="b"/>\n<edge id="e" source="b" target="a"/>',
        ),
        'x.graphml',
      );
      const text = problems(draft);
      expect(text).toContain('x.graphml, line 6, node 1: has no id; the node is left out');
      expect(text).toContain('x.graphml, line 8, node "a": has the id "a" of an earlier node; the node is left out');
      expect(text).toContain(
        'x.graphml, line 10, edge 1: joins node "nowhere", which is not in the file; the edge is left out',
      );
      expect(text).toContain('x.graphml, line 12, edge "e": has the id "e" of an earlier edge; the edge is left out');
      expect(draft.dataset.entities.map((e) => e.id)).toEqual(['a', 'b']);
      expect(draft.dataset.links.map((l) => l.id)).toEqual(['e']);
    });

    it('a hyperedge, which no link can hold, is named and passed over', () => {
      const draft = parseGraphml(
        graphml(
          '<node id="a"/>\n<node id="b"/>\n<node id="c"/>\n<hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge>\n<edge source="a" target="b"/>',
        ),
        'x.graphml',
      );
      expect(problems(draft).split('\n')[0]).toBe(
        'x.graphml, line 9, hyperedge 1: joins 3 nodes at once; a link joins two entities, so it is passed over',
      );
      expect(draft.dataset.links.map((l) => [l.source, l.target])).toEqual([['a', 'b']]);
    });

    it('__proto__ and constructor as key names, attribute names and elements', () => {
      const keys =
        '\n  <key id="__proto__" for="node" attr.name="constructor"/>\n  <key id="p" for="node" attr.name="__proto__"/>';
      const draft = parseGraphml(
        graphml(
          '<node id="a" constructor="x"><data key="__proto__">polluted</data><data key="p">polluted</data><data key="d0">A</data><constructor/></node>',
          keys,
        ),
        'x.graphml',
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(draft.dataset.entities).toMatchObject([{ id: 'a', name: 'A' }]);
      expect(problems(draft)).toContain(
        'x.graphml: uses the name "constructor" for an element or attribute; it is passed over',
      );
    });

    it('HTML and script in labels stay plain text, markup written inside a label included', () => {
      const draft = parseGraphml(
        graphml(
          '<node id="a"><data key="d0">&lt;script&gt;alert(1)&lt;/script&gt;</data></node><node id="b"><data key="d0">Acme <b>Trading</b> <![CDATA[<i>GmbH</i>]]></data></node>',
        ),
        'x.graphml',
      );
      expect(draft.dataset.entities.map((e) => e.name)).toEqual([
        '<script>alert(1)</script>',
        'Acme Trading <i>GmbH</i>',
      ]);
    });

    it('a dataset record that is not an object', () => {
      const keys = '\n  <key id="g" for="graph" attr.name="supply_lines"/>';
      const draft = parseGraphml(graphml('<data key="g">[1, 2]</data>\n<node id="a"/>', keys), 'x.graphml');
      expect(problems(draft)).toContain(
        'x.graphml, line 7, <graph> <data key="g">: the dataset record is not an object; it is passed over',
      );
      expect(draft.dataset.entities.map((e) => e.id)).toEqual(['a']);
    });
  });
});

describe('parseGraphml with the names other tools give shares, roles and direction', () => {
  /** As NetworkX writes an undirected Graph with an edge that says it is directed (a MultiDiGraph cannot mix them; a hand edit can). */
  const NETWORKX_UNDIRECTED = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="edge" attr.name="share" attr.type="double" />
  <key id="d1" for="edge" attr.name="role" attr.type="string" />
  <key id="d2" for="edge" attr.name="weight" attr.type="double" />
  <key id="d3" for="node" attr.name="countries" attr.type="string" />
  <graph edgedefault="undirected">
    <node id="A"><data key="d3">RU; CN (address)</data></node>
    <node id="B" />
    <node id="C" />
    <edge source="A" target="B"><data key="d1">partner</data><data key="d2">3.0</data></edge>
    <edge source="B" target="C" directed="true"><data key="d0">20.5</data></edge>
    <edge source="C" target="A" directed="false"><data key="d0">101</data></edge>
  </graph>
</graphml>`;

  it('reads share and role, not weight; an undirected edge without a type is an association, a directed one in the same graph a supply', () => {
    const draft = parseGraphml(NETWORKX_UNDIRECTED, 'nx.graphml');
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.entities[0]!.countries).toStrictEqual([
      { code: 'RU', as: 'other' },
      { code: 'CN', as: 'address' },
    ]);
    expect(draft.dataset.links.map((l) => [l.source, l.target, l.kind, l.share, l.role])).toEqual([
      ['A', 'B', 'associated-with', undefined, 'partner'],
      ['B', 'C', 'supplies', 20.5, undefined],
      ['C', 'A', 'associated-with', undefined, undefined],
    ]);
    expect(problems(draft)).toContain(
      'nx.graphml, line 13, edge 3: share "101" is not a percentage from 0 to 100; it is passed over',
    );
    expect(problems(draft)).toContain(
      'nx.graphml, the file: 2 undirected edges have no type; imported as associated-with',
    );
  });
});

describe('parseGraphml against a flood of keys', () => {
  it('refuses a file that declares thousands of keys, quickly, instead of copying every default into every node', () => {
    const keys = Array.from(
      { length: 5000 },
      (_, i) => `<key id="k${i}" for="node" attr.name="a${i}"><default>x</default></key>`,
    ).join('');
    const nodes = Array.from({ length: 5000 }, (_, i) => `<node id="n${i}"/>`).join('');
    const draft = parseGraphml(
      `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}<graph>${nodes}</graph></graphml>`,
      'flood.graphml',
    );
    expect(draft.problems.map(formatImportProblem)).toEqual([
      'flood.graphml: declares 5,000 keys; a file this app reads declares at most 500',
    ]);
    expect(draft.dataset.entities).toEqual([]);
  });
});
