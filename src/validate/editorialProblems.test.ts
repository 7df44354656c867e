import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from '../test/factories';
import { editorialProblems, isGovernmentSource, normaliseName } from './editorialProblems';
import { formatProblem } from './problems';
import { validateDatasetText } from './validateDataset';

const quoted = { quotes: [{ source: 'src-1', text: 'A supplies B.' }] };
/** A dataset that keeps every rule: its one reported link quotes its source. */
const valid = (overrides: Parameters<typeof makeDataset>[0] = {}) =>
  makeDataset({ links: [makeLink(quoted)], ...overrides });
const messages = (overrides: Parameters<typeof makeDataset>[0]) =>
  editorialProblems(valid(overrides)).map(formatProblem);
const treasury = makeSource({ id: 'treasury', publisher: 'US Department of the Treasury (OFAC)' });

describe('editorialProblems', () => {
  it('passes a dataset that keeps every rule', () => {
    expect(messages({})).toEqual([]);
  });

  it('passes the built-in dataset', () => {
    const builtin = validateDatasetText(
      readFileSync(new URL('../../data/drone-rounds-2023.json', import.meta.url), 'utf8'),
    );
    expect(builtin.ok && editorialProblems(builtin.dataset).map(formatProblem)).toEqual([]);
  });

  it.each([
    [
      'a source with no URL that is not a printed document',
      {
        sources: [
          makeSource(),
          makeSource({
            id: 'no-url',
            url: undefined,
            notes: 'Federal Register document 2023-22536; no address given.',
          }),
        ],
      },
      'sources[1]: "no-url" has no URL; only a printed document may go without one, with a date and notes starting "Printed:" that say where it appeared (volume, issue, pages)',
    ],
    [
      'a printed document without a date',
      {
        sources: [
          makeSource(),
          makeSource({
            id: 'print',
            url: undefined,
            date: undefined,
            notes: 'Printed: Federal Register vol. 88, no. 21, pp. 6621–6624.',
          }),
        ],
      },
      'sources[1]: "print" has no URL; only a printed document may go without one, with a date and notes starting "Printed:" that say where it appeared (volume, issue, pages)',
    ],
    [
      'two entities with the same normalised name and country',
      {
        entities: [
          makeEntity({ name: 'Asia Pacific Links Ltd.' }),
          makeEntity({ id: 'entity-2', name: 'ASIA PACIFIC LINKS' }),
        ],
      },
      'entities[1].name: "ASIA PACIFIC LINKS" (RU) repeats entities[0] "Asia Pacific Links Ltd."',
    ],
    [
      'an entity of unknown country that does not say why',
      {
        entities: [makeEntity(), makeEntity({ id: 'entity-2', name: 'Nowhere', country: 'ZZ', notes: 'A supplier.' })],
      },
      'entities[1].country: "Nowhere" has no country, and its notes do not say why (mention the country: what the sources give or lack)',
    ],
    [
      'a round dated after its source',
      { rounds: [makeRound({ date: '2023-09-25' })], sources: [makeSource({ date: '2023-09-20' })] },
      'rounds[0].sources[0]: source "src-1" is dated 2023-09-20, before the round (2023-09-25)',
    ],
    [
      'a round listing more entities than its source states',
      {
        rounds: [makeRound({ size: { entities: 1 } })],
        listings: [makeListing(), makeListing({ entity: 'entity-2' })],
      },
      'rounds[0].size.entities: "round-1" lists 2 entities, more than the 1 its source states',
    ],
    [
      'a round listing fewer entities than stated, without saying which are missing',
      { rounds: [makeRound({ size: { entities: 3 }, notes: 'The dataset names 1 of the 3.' })] },
      'rounds[0].notes: "round-1" lists 1 of the 3 entities its source states; its notes must say which are not in the data ("Not in the data: ...")',
    ],
    [
      'a reported link without a quote',
      { links: [makeLink()] },
      'links[0].quotes: "link-1" is reported but quotes no passage of its sources; quote the words that state it, or mark it inferred',
    ],
    [
      'an official link without a quote',
      { sources: [makeSource(), treasury], links: [makeLink({ confidence: 'official', sources: ['treasury'] })] },
      'links[0].quotes: "link-1" is official but quotes no passage of its sources; quote the words that state it, or mark it inferred',
    ],
    [
      'an official link that cites only a press report',
      { links: [makeLink({ ...quoted, confidence: 'official', sources: ['src-1'] })] },
      'links[0].confidence: "link-1" is official but cites no government source (a publisher starting with "US Department of the Treasury", "US Bureau of Industry and Security", "US Department of Commerce", "US Department of State", "Federal Register", "The White House"); grade it reported',
    ],
    [
      'an entity neither listed nor linked to a listed one',
      { entities: [makeEntity(), makeEntity({ id: 'entity-2' }), makeEntity({ id: 'loner', name: 'Loner' })] },
      'entities[2]: "Loner" is neither listed nor linked to a listed entity',
    ],
    [
      'an entity listed twice in one round',
      { listings: [makeListing(), makeListing({ citation: 'FR Doc. 2023-21080' })] },
      'listings[1]: lists "entity-1" in round "round-1" again (first at listings[0])',
    ],
  ])('catches %s', (_, overrides, expected) => {
    expect(messages(overrides)).toContain(expected);
  });

  it.each([
    [
      'a printed document with a date and a full reference',
      {
        sources: [
          makeSource(),
          makeSource({
            id: 'print',
            url: undefined,
            notes: 'Printed: Federal Register vol. 88, no. 21, pp. 6621–6624.',
          }),
        ],
      },
    ],
    [
      'the same name in two countries, and a month-precise source for a day-precise round',
      {
        entities: [makeEntity({ name: 'Same' }), makeEntity({ id: 'entity-2', name: 'Same', country: 'FI' })],
        sources: [makeSource({ date: '2023-09' })],
        rounds: [makeRound({ date: '2023-09-14' })],
      },
    ],
    [
      'an entity of unknown country whose notes say why',
      {
        entities: [
          makeEntity(),
          makeEntity({ id: 'entity-2', country: 'ZZ', notes: 'The sources give no country for him.' }),
        ],
      },
    ],
    [
      'an inferred link without a quote',
      { links: [makeLink({ confidence: 'inferred', uncertain: 'Read from the network as a whole.' })] },
    ],
    [
      'an official link that cites a government source',
      {
        sources: [makeSource(), treasury],
        links: [
          makeLink({
            confidence: 'official',
            quotes: [{ source: 'src-1', text: 'Treasury said A supplied B.' }],
            sources: ['treasury', 'src-1'],
          }),
        ],
      },
    ],
    [
      'a round listing fewer than stated whose notes say which are missing',
      {
        rounds: [
          makeRound({
            size: { entities: 3 },
            notes: 'Not in the data: the two officers, whom the sources do not name.',
          }),
        ],
      },
    ],
    ['a round listing exactly as many as stated', { rounds: [makeRound({ size: { entities: 1 } })] }],
    ['an entity linked to a listed entity', { listings: [makeListing({ entity: 'entity-2' })] }],
  ])('allows %s', (_, overrides) => {
    expect(messages(overrides)).toEqual([]);
  });

  it("treats the owner or employee of an in-scope entity as in scope, but not a further supplier's partner", () => {
    const entities = [
      makeEntity(),
      makeEntity({ id: 'entity-2' }),
      makeEntity({ id: 'owner', name: 'Owner' }),
      makeEntity({ id: 'far', name: 'Far' }),
    ];
    const links = [
      makeLink(quoted),
      makeLink({ ...quoted, id: 'owns', source: 'owner', target: 'entity-2', kind: 'owns' }),
      makeLink({ ...quoted, id: 'ships', source: 'far', target: 'owner', kind: 'ships' }),
    ];
    expect(messages({ entities, links })).toEqual([
      'entities[3]: "Far" is neither listed nor linked to a listed entity',
    ]);
  });

  it.each([
    ['US Department of the Treasury (OFAC)', true],
    ['Federal Register (govinfo.gov)', true],
    ['us bureau of industry and security', true],
    ['US Department of State (fact sheet, copy at the Jewish Virtual Library)', true],
    ['Reuters (quoting the US Department of the Treasury)', false],
    ['Steptoe International Compliance Blog', false],
  ])('counts "%s" as a government publisher: %s', (publisher, expected) => {
    expect(isGovernmentSource({ publisher })).toBe(expected);
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
