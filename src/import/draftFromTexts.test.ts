import { describe, expect, it } from 'vitest';
import { draftFromTexts } from './draftFromTexts';
import { type ImportOutcome } from './importTypes';
import { formatImportProblem } from '../formats/shared/draft';

const text = (name: string, body: string) => ({ name, text: body, problems: [] });
const draftOf = (outcome: ImportOutcome) => {
  if (outcome.kind !== 'draft') throw new Error(`expected a draft, got ${outcome.kind}`);
  return outcome.draft;
};

describe('draftFromTexts', () => {
  it('asks for a mapping when a CSV file has headers it does not know, and reads it once answered', () => {
    const files = [text('shipments.csv', 'Exporter,Importer\nA,B\n')];
    const asked = draftFromTexts(files);
    expect(asked).toMatchObject({
      kind: 'mapping',
      tables: [{ file: 'shipments.csv', headers: ['Exporter', 'Importer'], recognised: false }],
    });
    const answered = draftOf(
      draftFromTexts(files, {
        mappings: [{ file: 'shipments.csv', table: 'links', columns: { source: 'Exporter', target: 'Importer' } }],
      }),
    );
    expect(answered.dataset.links).toHaveLength(1);
  });

  it('reads recognised CSV tables without asking', () => {
    expect(draftFromTexts([text('nodes.csv', 'Id,Label\na,Alpha\n')]).kind).toBe('draft');
  });

  it('tells FollowTheMoney, the Screening List and project JSON apart by their content', () => {
    const ftm = draftOf(
      draftFromTexts([text('x.json', '{"id":"a","schema":"Company","properties":{"name":["A"]}}\n')]),
    );
    expect(ftm.dataset.entities).toMatchObject([{ id: 'a', name: 'A' }]);
    const csl = draftOf(
      draftFromTexts([
        text(
          'csl.json',
          JSON.stringify({
            total: 1,
            results: [
              {
                source: 'Entity List (EL) - Bureau of Industry and Security',
                name: 'Alpha',
                federal_register_notice: '88 FR 1',
                start_date: '2023-09-25',
              },
            ],
          }),
        ),
      ]),
    );
    expect(csl.dataset.rounds).toMatchObject([{ authority: 'US BIS', date: '2023-09-25' }]);
    const project = draftOf(
      draftFromTexts([
        text(
          'p.json',
          '{"format":"supply-lines","version":1,"title":"T","sources":[],"rounds":[],"entities":[],"listings":[],"links":[]}',
        ),
      ]),
    );
    expect(project.name).toBe('T');
  });

  it('puts problems met while decoding first, and names what it cannot read', () => {
    const decoded = {
      name: 'n.csv',
      text: 'Id,Label\na,Alpha\n',
      problems: [{ code: 'not-utf8' as const, file: 'n.csv', line: 2, message: 'is not UTF-8' }],
    };
    expect(draftOf(draftFromTexts([decoded])).problems.map(formatImportProblem)).toEqual([
      'n.csv, line 2: is not UTF-8',
    ]);
    const [unknown] = draftOf(draftFromTexts([text('photo.png', '\u0089PNG')])).problems;
    expect(unknown!.message).toContain('is not a format this version reads');
    expect(unknown!.code).toBe('unknown-format');
  });
});

describe('draftFromTexts and graph files', () => {
  it.each([
    [
      'network.gexf',
      '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="Alpha"/><node id="b" label="Beta"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>',
    ],
    [
      'network.graphml',
      '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>',
    ],
    [
      'network.cyjs',
      JSON.stringify({
        elements: {
          nodes: [{ data: { id: 'a', name: 'Alpha' } }, { data: { id: 'b', name: 'Beta' } }],
          edges: [{ data: { id: 'e', source: 'a', target: 'b', interaction: 'ships' } }],
        },
      }),
    ],
  ])('reads %s by its content', (name, body) => {
    const draft = draftOf(draftFromTexts([text(name, body)]));
    expect(draft.dataset.entities.map((e) => e.id)).toEqual(['a', 'b']);
    expect(draft.dataset.links).toHaveLength(1);
  });
});
