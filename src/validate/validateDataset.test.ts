import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from '../test/factories';
import { formatProblem } from './problems';
import { validateDataset, validateDatasetText } from './validateDataset';

const messages = (input: unknown) => validateDataset(input).problems.map(formatProblem);

describe('validateDataset', () => {
  it('accepts good data and normalises country codes', () => {
    const result = validateDataset(
      makeDataset({ entities: [makeEntity({ country: ' hk ' }), makeEntity({ id: 'entity-2' })] }),
    );
    expect(result.problems).toEqual([]);
    expect(result.dataset?.entities[0]?.country).toBe('HK');
  });

  it('files an entity without a country under "Unknown" (ZZ)', () => {
    const { country: _country, ...noCountry } = makeEntity();
    const result = validateDataset(makeDataset({ entities: [noCountry as never, makeEntity({ id: 'entity-2' })] }));
    expect(result.dataset?.entities[0]?.country).toBe('ZZ');
  });

  it('accepts the built-in dataset', () => {
    const text = readFileSync(new URL('../../data/drone-rounds-2023.json', import.meta.url), 'utf8');
    expect(validateDatasetText(text).problems).toEqual([]);
  });

  it.each([
    [
      'a missing field',
      makeDataset({ entities: [{ ...makeEntity(), name: undefined } as never, makeEntity({ id: 'entity-2' })] }),
      'entities[0].name: is required',
    ],
    [
      'a wrong type',
      makeDataset({ rounds: [makeRound({ date: 20230925 as never })] }),
      'rounds[0].date: must be a string',
    ],
    [
      'an unknown field',
      makeDataset({ links: [{ ...makeLink(), weight: 3 } as never] }),
      'links[0]: has an unknown field "weight"',
    ],
    [
      'an unknown enum value',
      makeDataset({ links: [makeLink({ confidence: 'rumoured' as never })] }),
      'links[0].confidence: must be one of "official", "reported", "inferred"',
    ],
    [
      'a malformed date',
      makeDataset({ rounds: [makeRound({ date: '25/09/2023' })] }),
      'rounds[0].date: must be a date written YYYY-MM-DD',
    ],
    [
      'an impossible date',
      makeDataset({ rounds: [makeRound({ date: '2023-02-30' })] }),
      'rounds[0].date: is not a day of the calendar',
    ],
    [
      'an unknown country',
      makeDataset({ entities: [makeEntity({ country: 'XX' }), makeEntity({ id: 'entity-2' })] }),
      'entities[0].country: is not an ISO 3166-1 alpha-2 country code',
    ],
    [
      'a record with no source',
      makeDataset({ listings: [makeListing({ sources: [] })] }),
      'listings[0].sources: must cite at least one source',
    ],
    [
      'a non-http URL',
      makeDataset({ sources: [makeSource({ url: 'javascript:alert(1)' })] }),
      'sources[0].url: must be an http(s) URL',
    ],
    [
      'a duplicate entity id',
      makeDataset({ entities: [makeEntity(), makeEntity({ id: 'entity-2' }), makeEntity()] }),
      'entities[2].id: "entity-1" is already used by entities[0]',
    ],
    [
      'a link id that is an entity id',
      makeDataset({ links: [makeLink({ id: 'entity-2' })] }),
      'links[0].id: "entity-2" is also an entity id',
    ],
    [
      'a dangling link',
      makeDataset({ links: [makeLink({ target: 'ghost' })] }),
      'links[0].target: refers to entity "ghost", which does not exist',
    ],
    [
      'a listing of an unknown round',
      makeDataset({ listings: [makeListing({ round: 'round-9' })] }),
      'listings[0].round: refers to round "round-9", which does not exist',
    ],
    [
      'an unknown source',
      makeDataset({ links: [makeLink({ sources: ['nowhere'] })] }),
      'links[0].sources[0]: refers to source "nowhere", which does not exist',
    ],
    ['a self-link', makeDataset({ links: [makeLink({ target: 'entity-1' })] }), 'links[0]: links "entity-1" to itself'],
    [
      'a reversed period',
      makeDataset({ links: [makeLink({ period: { from: '2022', to: '2019' } })] }),
      'links[0].period: starts (2022) after it ends (2019)',
    ],
    [
      'the wrong format version',
      { ...makeDataset(), version: 9 },
      'version: has format version 9; this app reads versions 1 to 2',
    ],
    [
      'a quote of a source the link does not cite',
      makeDataset({
        sources: [makeSource(), makeSource({ id: 'src-2' })],
        links: [makeLink({ quotes: [{ source: 'src-2', text: 'shipped modules' }] })],
      }),
      'links[0].quotes[0].source: quotes "src-2", which the link does not cite',
    ],
    [
      'a listing that ends before it starts',
      makeDataset({ listings: [makeListing({ date: '2023-05-01', end: { status: 'delisted', date: '2022-01-01' } })] }),
      'listings[0].end.date: ends (2022-01-01) before the listing starts (2023-05-01)',
    ],
    [
      'an ownership share over 100%',
      makeDataset({ links: [makeLink({ kind: 'owns', share: 120 })] }),
      'links[0].share:',
    ],
    [
      'an unknown country meaning',
      makeDataset({
        entities: [makeEntity({ countries: [{ code: 'RU', as: 'birth' as never }] }), makeEntity({ id: 'entity-2' })],
      }),
      'entities[0].countries[0].as: must be one of',
    ],
  ])('reports %s with its path', (_, input, expected) => {
    expect(validateDataset(input).ok).toBe(false);
    expect(messages(input).some((m) => m.startsWith(expected))).toBe(true);
  });

  it('reports every problem rather than stopping at the first', () => {
    const input = makeDataset({
      entities: [makeEntity({ country: 'XX' }), makeEntity({ id: 'entity-2', kind: 'robot' as never })],
      links: [makeLink({ target: 'ghost' })],
    });
    expect(messages(input)).toHaveLength(3);
  });

  it.each([
    ['not JSON', '{"format": ', 'is not valid JSON'],
    ['not an object', '[1, 2]', 'must be a JSON object'],
  ])('reports text that is %s', (_, text, expected) => {
    const result = validateDatasetText(text);
    expect(result.ok).toBe(false);
    expect(result.problems.map(formatProblem).join('\n')).toContain(expected);
  });

  it('ignores a byte-order mark', () => {
    expect(validateDatasetText(`\uFEFF${JSON.stringify(makeDataset())}`).ok).toBe(true);
  });
});
