import { describe, expect, it } from 'vitest';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from '../test/factories';
import { editorialProblems, normaliseName } from './editorialProblems';
import { formatProblem } from './problems';

const messages = (overrides: Parameters<typeof makeDataset>[0]) => editorialProblems(makeDataset(overrides)).map(formatProblem);

describe('editorialProblems', () => {
  it('passes a dataset that keeps every rule', () => {
    expect(messages({})).toEqual([]);
  });

  it.each([
    [
      'a source with neither a URL nor notes saying where it is found',
      { sources: [makeSource(), makeSource({ id: 'no-url', url: undefined })], links: [makeLink({ sources: ['no-url'] })] },
      'sources[1]: "no-url" has neither a URL nor notes saying where it is found',
    ],
    [
      'two entities with the same normalised name and country',
      { entities: [makeEntity({ name: 'Asia Pacific Links Ltd.' }), makeEntity({ id: 'entity-2', name: 'ASIA PACIFIC LINKS' })] },
      'entities[1].name: "ASIA PACIFIC LINKS" (RU) repeats entities[0] "Asia Pacific Links Ltd."',
    ],
    [
      'a round dated after its source',
      { rounds: [makeRound({ date: '2023-09-25' })], sources: [makeSource({ date: '2023-09-20' })] },
      'rounds[0].sources[0]: source "src-1" is dated 2023-09-20, before the round (2023-09-25)',
    ],
    [
      'an entity neither listed nor linked to a listed one',
      { entities: [makeEntity(), makeEntity({ id: 'entity-2' }), makeEntity({ id: 'loner', name: 'Loner' })] },
      'entities[2]: "Loner" is neither listed nor linked to a listed entity',
    ],
  ])('catches %s', (_, overrides, expected) => {
    expect(messages(overrides)).toContain(expected);
  });

  it('allows the same name in two countries, and a month-precise source for a day-precise round', () => {
    expect(
      messages({
        entities: [makeEntity({ name: 'Same' }), makeEntity({ id: 'entity-2', name: 'Same', country: 'FI' })],
        sources: [makeSource({ date: '2023-09' })],
        rounds: [makeRound({ date: '2023-09-14' })],
      }),
    ).toEqual([]);
  });

  it('treats an entity linked to a listed entity as in scope', () => {
    expect(messages({ listings: [makeListing({ entity: 'entity-2' })] })).toEqual([]);
  });

  it('allows a source without a URL when its notes say where it is found', () => {
    const noUrl = makeSource({ id: 'fr-doc', url: undefined, notes: 'Federal Register document 2023-22536; no address given.' });
    expect(messages({ sources: [noUrl], rounds: [makeRound({ sources: ['fr-doc'] })], listings: [makeListing({ sources: ['fr-doc'] })], links: [makeLink({ sources: ['fr-doc'] })] })).toEqual([]);
  });

  it("treats the owner or employee of an in-scope entity as in scope, but not a further supplier's partner", () => {
    const entities = [makeEntity(), makeEntity({ id: 'entity-2' }), makeEntity({ id: 'owner', name: 'Owner' }), makeEntity({ id: 'far', name: 'Far' })];
    const links = [
      makeLink(),
      makeLink({ id: 'owns', source: 'owner', target: 'entity-2', kind: 'owns' }),
      makeLink({ id: 'ships', source: 'far', target: 'owner', kind: 'ships' }),
    ];
    expect(messages({ entities, links })).toEqual(['entities[3]: "Far" is neither listed nor linked to a listed entity']);
  });

  it.each([
    ['Asia Pacific Links Ltd.', 'asia pacific links'],
    ['Dal Enerji Madencilik Turizm Sanayi Ve Ticaret A.S.', 'dal enerji madencilik turizm sanayi ve ticaret'],
    ['Hangzhou Fuyang Koto Machinery Co., Ltd.', 'hangzhou fuyang koto machinery'],
    ['Türkiye Öz', 'turkiye oz'],
  ])('normalises %s', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });
});
