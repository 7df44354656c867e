import type { CorpusCase } from './case';

/** A field of two million characters: "huge", and still read in well under the corpus's 3 s on a busy machine. */
const HUGE = 'x'.repeat(2_000_000);
const deepList = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const EL = 'Entity List (EL) - Bureau of Industry and Security';
const declared = (count: number, line: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => line(i)).join('\n');

/**
 * The corpus's files too large to keep in the repository (each over 200 KB), made at test time: a
 * million commas, fields of two million characters, nesting a million deep, thousands of declared
 * attributes. Their rows in the README say "(generated)".
 */
export const GENERATED_CASES: CorpusCase[] = [
  {
    file: 'csv-million-commas-header.csv',
    format: 'csv',
    tries: 'a first line of a million commas',
    generate: () => `a${','.repeat(1_000_000)}\nb\n`,
    problems: ['line 1: has 1,000,001 columns; a table this app reads has at most 500'],
    kept: [],
  },
  {
    file: 'csv-million-commas-row.csv',
    format: 'csv',
    tries: 'a row of a million commas, the last cell filled',
    generate: () => `Id,Label\na,Alpha${','.repeat(1_000_000)}x\n`,
    problems: [
      'line 2: has 1,000,002 cells, more than the 2 columns of the first line; the cells past them are passed over',
    ],
    kept: ['Alpha'],
  },
  {
    file: 'csv-huge-cells.csv',
    format: 'csv',
    tries: 'a note and a quoted name of 2 million characters',
    generate: () => `Id,Label,Notes\na,Alpha,${HUGE}\nb,"${HUGE}",short\n`,
    problems: [],
    kept: ['Alpha', `xxxxxxxxxxxx… (2,000,000 characters)`],
  },
  {
    file: 'csl-huge-name.json',
    format: 'csl',
    tries: 'a first row whose name (2 million characters) pushes its other columns past what recognition reads',
    generate: () =>
      JSON.stringify({
        results: [
          {
            source: EL,
            name: HUGE,
            federal_register_notice: '88 FR 1',
            start_date: '2023-09-25',
            source_list_url: 'https://www.bis.doc.gov/el',
          },
        ],
      }),
    problems: [],
    kept: ['xxxxxxxxxxxx… (2,000,000 characters)'],
    listings: 1,
  },
  {
    file: 'csl-million-dashes.csv',
    format: 'csl',
    tries: 'a name of a million dashes and one letter (ids made from it once took hours)',
    generate: () =>
      `source,name,federal_register_notice,start_date\n${EL},${'-'.repeat(1_000_000)}a,88 FR 1,2023-09-25\n`,
    problems: [],
    kept: ['------------… (1,000,001 characters)'],
    listings: 1,
  },
  {
    file: 'project-huge-fields.json',
    format: 'project-json',
    tries: 'a name and an id of 2 million characters',
    generate: () =>
      JSON.stringify({
        format: 'supply-lines',
        version: 2,
        title: 'Huge',
        sources: [{ id: 's', title: 'S', publisher: 'P' }],
        rounds: [],
        entities: [
          { id: 'a', name: HUGE, kind: 'company', role: 'other', sources: ['s'] },
          { id: HUGE, name: 'Huge id', kind: 'company', role: 'other', sources: ['s'] },
        ],
        listings: [],
        links: [],
      }),
    problems: ['entities[1].id: must be at most 200 characters; the record is left out'],
    kept: ['xxxxxxxxxxxx… (2,000,000 characters)'],
  },
  {
    file: 'project-million-deep.json',
    format: 'project-json',
    tries: 'an entity that is a list nested a million deep',
    generate: () =>
      `{"format":"supply-lines","version":2,"title":"Deep","sources":[],"rounds":[],"entities":[${deepList(1_000_000)}],"listings":[],"links":[]}`,
    problems: ['entities[0]: must be an object; the record is left out'],
    kept: [],
  },
  {
    file: 'ftm-huge-first-line.ftm.json',
    format: 'ftm',
    tries: 'a first line of 2 MB (a name), longer than recognition parses',
    generate: () =>
      `${JSON.stringify({ id: 'a', schema: 'Company', properties: { name: [HUGE] } })}\n${JSON.stringify({ id: 'b', schema: 'Company', properties: { name: ['Beta'] } })}\n`,
    problems: [],
    kept: ['xxxxxxxxxxxx… (2,000,000 characters)', 'Beta'],
  },
  {
    file: 'ftm-million-deep.ftm.json',
    format: 'ftm',
    tries: 'a property value nested a million lists deep',
    generate: () =>
      `${JSON.stringify({ id: 'b', schema: 'Company', properties: { name: ['Beta'] } })}\n{"id":"a","schema":"Company","properties":{"name":["Alpha"],"notes":${deepList(1_000_000)}}}\n`,
    problems: ['line 2: Company "a" has values in "notes" that are neither text nor an entity; they are passed over'],
    kept: ['Beta', 'Alpha'],
  },
  {
    file: 'cyjs-million-deep.cyjs',
    format: 'cytoscape-json',
    tries: 'notes nested a million lists deep',
    generate: () =>
      `{"elements":{"nodes":[{"data":{"id":"a","name":"Alpha","kind":"company","role":"other","country":"RU","notes":${deepList(1_000_000)}}}],"edges":[]}}`,
    problems: ['elements.nodes[0].data: "notes" is not text; it is passed over'],
    kept: ['Alpha'],
  },
  {
    file: 'gexf-many-attributes.gexf',
    format: 'gexf',
    tries: '5,000 declared attributes',
    generate: () =>
      `<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><attributes class="node">\n${declared(5000, (i) => `<attribute id="a${i}" title="attribute ${i}" type="string"/>`)}\n</attributes><nodes><node id="a" label="Alpha"/></nodes></graph></gexf>\n`,
    problems: ['file: declares 5,000 attributes; a file this app reads declares at most 500'],
    kept: [],
  },
  {
    file: 'gexf-deep-100k.gexf',
    format: 'gexf',
    tries: 'nodes nested 100,000 deep',
    generate: () =>
      `<?xml version="1.0"?>\n<gexf version="1.3"><graph><nodes>${'<node id="x"><nodes>'.repeat(100_000)}${'</nodes></node>'.repeat(100_000)}</nodes></graph></gexf>\n`,
    problems: ['file: nests elements more than 100 levels deep; this app reads no deeper, so the file is not read'],
    kept: [],
  },
  {
    file: 'gexf-huge-label.gexf',
    format: 'gexf',
    tries: 'a label attribute of 2 million characters',
    generate: () =>
      `<?xml version="1.0"?>\n<gexf version="1.3"><graph><attributes class="node"><attribute id="k" title="kind"/><attribute id="r" title="role"/><attribute id="c" title="country"/></attributes><nodes><node id="a" label="${HUGE}"><attvalues><attvalue for="k" value="company"/><attvalue for="r" value="other"/><attvalue for="c" value="RU"/></attvalues></node></nodes></graph></gexf>\n`,
    problems: [],
    kept: ['xxxxxxxxxxxx… (2,000,000 characters)'],
  },
  {
    file: 'graphml-many-keys.graphml',
    format: 'graphml',
    tries: '5,000 declared keys',
    generate: () =>
      `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${declared(5000, (i) => `<key id="k${i}" for="node" attr.name="key ${i}" attr.type="string"/>`)}\n<graph edgedefault="directed"><node id="a"/></graph></graphml>\n`,
    problems: ['file: declares 5,000 keys; a file this app reads declares at most 500'],
    kept: [],
  },
  {
    file: 'graphml-huge-label.graphml',
    format: 'graphml',
    tries: 'a label of 2 million characters',
    generate: () =>
      `<?xml version="1.0"?>\n<graphml><key id="l" for="node" attr.name="label"/><key id="k" for="node" attr.name="kind"/><key id="r" for="node" attr.name="role"/><key id="c" for="node" attr.name="country"/><graph><node id="a"><data key="l">${HUGE}</data><data key="k">company</data><data key="r">other</data><data key="c">RU</data></node></graph></graphml>\n`,
    problems: [],
    kept: ['xxxxxxxxxxxx… (2,000,000 characters)'],
  },
];
