import { describe, expect, it } from 'vitest';
import { idFromText, idMaker } from './importFields';

describe('idFromText', () => {
  it.each([
    ['Asia Pacific Links', 'Asia-Pacific-Links'],
    ['  --.Alpha (HK)--  ', 'Alpha-HK'],
    ['a--b', 'a--b'],
    ['a.b:c_d', 'a.b:c_d'],
    ['深圳', ''],
    ['---', ''],
  ])('makes %j into %j', (text, expected) => {
    expect(idFromText(text)).toBe(expected);
  });

  it('is linear in a long run of dashes (a quadratic pattern took seconds on 60,000)', () => {
    const dashes = '-'.repeat(1_000_000);
    const started = performance.now();
    expect(idFromText(`a${dashes}b`)).toBe(`a${dashes}b`);
    expect(idFromText(`a${dashes}`)).toBe('a');
    expect(idFromText(`a${dashes}?`)).toBe('a');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('idMaker', () => {
  it('keeps valid ids, makes others from their text, numbers the rest, and gives the same text the same id', () => {
    const ids = idMaker('entity');
    expect([ids('smt-ilogic'), ids('Asia Pacific Links'), ids('深圳'), ids('Asia Pacific Links')]).toEqual([
      'smt-ilogic',
      'Asia-Pacific-Links',
      'entity-3',
      'Asia-Pacific-Links',
    ]);
    expect(ids.textOf('Asia-Pacific-Links')).toBe('Asia Pacific Links');
  });

  it('cuts a long id made from text, and 60,000 dashes take milliseconds (they took five seconds)', () => {
    const ids = idMaker('entity');
    const started = performance.now();
    expect(ids(`a${'-'.repeat(60_000)}b`)).toBe(`a${'-'.repeat(179)}`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
