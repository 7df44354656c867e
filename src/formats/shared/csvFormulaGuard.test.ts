import { describe, expect, it } from 'vitest';
import { parseCsvTables } from '../csvTables/read';
import { toCsv } from './csv';
import { guardFormula, unguardFormula } from './csvFormulaGuard';

// What a spreadsheet would run as a formula (OWASP), and what it would not.
const formulas = [
  '=1+1',
  '+1',
  '-2',
  '@SUM(A1)',
  '\tx',
  '\rx',
  '\nx',
  ' =1+1',
  '  +1',
  '\u00a0@x',
  '\n =x',
  '＝1+1',
  '＋1',
  '－2',
  '＠SUM(A1)',
  ' ＝x',
  "'=x",
  "''-x",
  "' =x",
];
const plain = ['Alpha', "'quoted", "'", 'a=b', '1-2', 'x\t', ' plain', '', "'' plain"];

describe('guardFormula', () => {
  it.each(formulas)('prefixes %j with a quote mark', (text) => {
    expect(guardFormula(text)).toBe(`'${text}`);
  });

  it.each(plain)('leaves %j as it is', (text) => {
    expect(guardFormula(text)).toBe(text);
  });

  it.each([...formulas, ...plain])('reads %j back as it was', (text) => {
    expect(unguardFormula(guardFormula(text))).toBe(text);
  });
});

describe('a guarded CSV cell imported', () => {
  // The import trims cells; text with spaces at either end cannot come back, guarded or not.
  const names = ['=1+1', '-2', '@SUM(A1)', '＝1+1', '＠x', "'=x", "''-x", '=a\nb', "'quoted"];
  it.each(names)('is %j again', (name) => {
    const text = toCsv(['Id', 'Label'], [['a', name]]);
    expect(parseCsvTables([{ name: 'entities.csv', text }]).dataset.entities[0]).toMatchObject({ id: 'a', name });
  });

  it('guards a formula after a leading space, and the quote mark does not come in with it', () => {
    const text = toCsv(['Id', 'Label'], [['a', ' =1+1']]);
    expect(text).toContain("' =1+1");
    // Names are trimmed on import, guarded or not.
    expect(parseCsvTables([{ name: 'entities.csv', text }]).dataset.entities[0]).toMatchObject({ name: '=1+1' });
  });
});
