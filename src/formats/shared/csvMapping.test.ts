import { describe, expect, it } from 'vitest';
import { guessMapping, mappingProblem, previewCsv } from './csvMapping';
import { parseCsvTables } from '../csvTables/read';

describe('guessMapping', () => {
  it('recognises Gephi and Kumu headers whatever their case', () => {
    expect(guessMapping('n.csv', ['ID', 'Label', 'Country'])).toEqual({
      file: 'n.csv',
      table: 'entities',
      columns: { id: 'ID', name: 'Label', country: 'Country' },
    });
    expect(guessMapping('e.csv', ['From', 'To', 'Type'])).toEqual({
      file: 'e.csv',
      table: 'links',
      columns: { source: 'From', target: 'To', kind: 'Type' },
    });
  });

  it("takes the first column, in the file's order, that goes by one of a field's names", () => {
    expect(guessMapping('n.csv', ['Name', ' label ', 'ID', 'Key', 'name'])).toEqual({
      file: 'n.csv',
      table: 'entities',
      columns: { id: 'ID', name: 'Name' },
    });
  });

  it('guesses for a first line of a million commas in a moment (it took most of a second)', () => {
    const headers = `a${','.repeat(1_000_000)}`.split(',');
    const started = performance.now();
    expect(guessMapping('wide.csv', headers)).toEqual({ file: 'wide.csv', table: 'entities', columns: {} });
    expect(performance.now() - started).toBeLessThan(250);
  });

  it('says what a mapping lacks', () => {
    expect(mappingProblem(guessMapping('x.csv', ['Firma', 'Land']))).toBe(
      'choose the column that holds the Id or the Name',
    );
    expect(mappingProblem({ file: 'x.csv', table: 'links', columns: { source: 'Exporter' } })).toBe(
      'choose the columns that hold both ends (From and To)',
    );
    expect(mappingProblem({ file: 'x.csv', table: 'skip', columns: {} })).toBeNull();
  });
});

describe('previewCsv', () => {
  it('gives the header, the first five rows, cut short, and whether the headers were recognised', () => {
    const text = `Exporter;Importer;Goods\n${Array.from({ length: 9 }, (_, i) => `A${i};B${i};${'x'.repeat(500)}`).join('\n')}`;
    const preview = previewCsv('shipments.csv', text);
    expect(preview.headers).toEqual(['Exporter', 'Importer', 'Goods']);
    expect(preview.rows).toHaveLength(5);
    expect(preview.rows[0]![2]).toHaveLength(120);
    expect(preview.recognised).toBe(false);
  });
});

describe('parseCsvTables with a mapping', () => {
  it('reads a shipments table through the columns the user chose', () => {
    const draft = parseCsvTables(
      [
        {
          name: 'shipments.csv',
          text: 'Exporter,Importer,Goods,Shipped\nAsia Pacific Links,SMT-iLogic,GNSS modules,2022-03\n',
        },
      ],
      [
        {
          file: 'shipments.csv',
          table: 'links',
          columns: { source: 'Exporter', target: 'Importer', items: 'Goods', from: 'Shipped' },
        },
      ],
    );
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities.map((e) => e.name)).toEqual(['Asia Pacific Links', 'SMT-iLogic']);
    expect(draft.dataset.links).toMatchObject([
      { source: 'Asia-Pacific-Links', target: 'SMT-iLogic', items: ['GNSS modules'], period: { from: '2022-03' } },
    ]);
  });

  it('leaves out a file the user skipped', () => {
    const draft = parseCsvTables(
      [
        { name: 'firms.csv', text: 'Firma,Land\nAlpha,FI\n' },
        { name: 'notes.csv', text: 'Whatever\nx\n' },
      ],
      [
        { file: 'firms.csv', table: 'entities', columns: { name: 'Firma', country: 'Land' } },
        { file: 'notes.csv', table: 'skip', columns: {} },
      ],
    );
    expect(draft.dataset.entities).toMatchObject([{ id: 'Alpha', name: 'Alpha', country: 'FI' }]);
    expect(draft.dataset.sources.map((s) => s.title)).toEqual(['firms.csv']);
  });
});
