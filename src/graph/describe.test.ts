import { describe, expect, it } from 'vitest';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from '../test/factories';
import { evidenceText, linkSentence, listedByPhrases, roleText, sourceCitation, statusText } from './describe';

const index = indexDataset(
  makeDataset({
    rounds: [
      makeRound({ id: 'bis', authority: 'US BIS', list: 'Entity List', date: '2023-09-25' }),
      makeRound({ id: 'sdn', authority: 'US OFAC', list: 'SDN List', date: undefined }),
    ],
    entities: [makeEntity({ id: 'a', name: 'Alpha' }), makeEntity({ id: 'b', name: 'Beta' })],
    listings: [makeListing({ entity: 'a', round: 'bis' }), makeListing({ entity: 'a', round: 'sdn', uncertain: 'x' })],
    links: [makeLink({ id: 'l', source: 'a', target: 'b', kind: 'supplies', confidence: 'official' })],
  }),
);

describe('statusText', () => {
  it.each([
    ['sanctioned', '2023-09-25', 'Sanctioned as of 2023-09-25'],
    ['date-unknown', '2023-09-25', 'Listed, date unknown'],
    ['not-yet-listed', '2023-01-01', 'Not yet listed as of 2023-01-01'],
    ['never-listed', null, 'Not listed'],
  ] as const)('%s on %s reads %s', (status, asOf, expected) => {
    expect(statusText(status, asOf)).toBe(expected);
  });
});

describe('listedByPhrases', () => {
  it('names each listing in force with its authority, list and date, undated ones as date unknown', () => {
    expect(listedByPhrases(index, 'a', '2023-10-01')).toEqual([
      'Listed by US BIS (Entity List, 2023-09-25)',
      'Listed by US OFAC (SDN List, date unknown) (uncertain)',
    ]);
  });
  it('leaves out listings not yet in force, and gives nothing for an entity never listed', () => {
    expect(listedByPhrases(index, 'a', '2023-01-01')).toEqual([
      'Listed by US OFAC (SDN List, date unknown) (uncertain)',
    ]);
    expect(listedByPhrases(index, 'b', null)).toEqual([]);
  });
});

describe('link and source wording', () => {
  it('says who does what to whom, how sure it is, and where it comes from', () => {
    const link = index.linkById.get('l')!;
    expect(linkSentence(index, link)).toBe('Alpha supplies Beta');
    expect(evidenceText(link)).toBe('Official finding');
    expect(evidenceText({ confidence: 'inferred', uncertain: 'guess' })).toBe('Inferred (uncertain: see details)');
    expect(sourceCitation(makeSource({ title: 'Rule', publisher: 'BIS', date: undefined }))).toBe('Rule (BIS)');
    expect(roleText(makeEntity({ role: 'end-user', kind: 'agency' }))).toBe('end-user (agency)');
  });
});
