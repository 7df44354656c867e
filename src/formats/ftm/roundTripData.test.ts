// FollowTheMoney round trips of real and awkward data: the built-in dataset, rounds that share an
// authority, list and date, and ids the reader makes itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toFtmLines } from './write';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from '../../test/factories';
import type { Round } from '../../model/types';
import { validateDatasetText } from '../../validate/validateDataset';
import { parseFtm } from './read';

const lines = (...entities: object[]) => entities.map((e) => JSON.stringify(e)).join('\n');

const essentials = (r: Round) => ({
  id: r.id,
  authority: r.authority,
  list: r.list,
  date: r.date,
  published: r.published,
  citation: r.citation,
  summary: r.summary,
});

describe('the built-in dataset through FollowTheMoney', () => {
  it('comes back with the same entities, links, listings and sources, and the rounds they are in', () => {
    const builtin = validateDatasetText(
      readFileSync(new URL('../../../data/drone-rounds-2023.json', import.meta.url), 'utf8'),
    ).dataset!;
    const draft = parseFtm(toFtmLines(builtin), 'dataset.ftm.json');
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities).toEqual(builtin.entities);
    expect(draft.dataset.links).toEqual(builtin.links);
    expect(draft.dataset.listings).toEqual(builtin.listings);
    expect(draft.dataset.sources).toEqual(builtin.sources);
    // Round titles, notes and uncertainty have no place in a Sanction; the rest of each round returns.
    const listed = builtin.rounds.filter((r) => builtin.listings.some((l) => l.round === r.id));
    expect(draft.dataset.rounds.map(essentials)).toEqual(listed.map(essentials));
  });
});

const sanction = (id: string, program: string) => ({
  id,
  schema: 'Sanction',
  properties: { entity: ['a'], authority: ['UK'], program: [program], startDate: ['2023-01-01'] },
});

describe('FollowTheMoney round trip on awkward data', () => {
  it('keeps two rounds of one authority, list and date apart, and notes that look like the export’s own lines', () => {
    const dataset = makeDataset({
      sources: [makeSource()],
      rounds: [makeRound({ id: 'r1', citation: 'FR 1' }), makeRound({ id: 'r2', citation: 'FR 2' })],
      entities: [
        makeEntity({ notes: 'Uncertain: because', uncertain: 'Really' }),
        makeEntity({ id: 'entity-2', notes: 'Role: owner, it says', role: 'supplier' }),
        makeEntity({ id: 'entity-3', notes: 'Note: as written' }),
      ],
      listings: [
        makeListing({ round: 'r1', notes: 'Uncertain: x', uncertain: 'y' }),
        makeListing({ entity: 'entity-2', round: 'r2' }),
      ],
      links: [makeLink({ notes: 'confidence: official', confidence: 'reported' })],
    });
    const draft = parseFtm(toFtmLines(dataset), 'x.ftm.json');
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities).toEqual(dataset.entities);
    expect(draft.dataset.listings).toEqual(dataset.listings);
    expect(draft.dataset.links).toEqual(dataset.links);
    expect(draft.dataset.rounds.map((r) => [r.id, r.citation])).toEqual([
      ['r1', 'FR 1'],
      ['r2', 'FR 2'],
    ]);
  });

  it('gives rounds and sources it names itself ids no other record has', () => {
    const draft = parseFtm(
      lines(
        { id: 'source:src-1', schema: 'Document', properties: { title: ['RUSI report'], publisher: ['RUSI'] } },
        { id: 'a', schema: 'Company', properties: { name: ['A'], sourceUrl: ['https://ofac.example/1'] } },
        sanction('s1', 'Russia/Ukraine'),
        sanction('s2', 'Russia Ukraine'),
      ),
      'x.json',
    );
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.rounds.map((r) => r.list)).toEqual(['Russia/Ukraine', 'Russia Ukraine']);
    expect(new Set(draft.dataset.listings.map((l) => l.round)).size).toBe(2);
    expect(draft.dataset.entities[0]!.sources.map((id) => draft.dataset.sources.find((s) => s.id === id)!.url)).toEqual(
      ['https://ofac.example/1'],
    );
  });
});
