import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFromTexts } from '../import/draftFromTexts';
import type { Dataset } from '../model/types';
import { validateDataset } from '../validate/validateDataset';

// Files the app exported at format version 1 (see the folder's README), opened with today's app.
const DIR = new URL('../test/fixtures/v1-exports/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
const then = validateDataset(JSON.parse(text('drone-rounds-2023.v1.json')));
if (!then.ok) throw new Error('v1Exports.test: the version 1 data does not open');
const original = then.dataset;

function imported(...names: string[]): Dataset {
  const outcome = draftFromTexts(names.map((name) => ({ name, text: text(name), problems: [] })));
  if (outcome.kind !== 'draft') throw new Error(`v1Exports.test: ${names.join(', ')} asked for a mapping`);
  expect(outcome.draft.problems).toEqual([]);
  return outcome.draft.dataset;
}

const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
const listingKey = (l: Dataset['listings'][number]) => `${l.entity}|${l.round}`;
const sortedListings = (listings: Dataset['listings']) =>
  [...listings].sort((a, b) => listingKey(a).localeCompare(listingKey(b)));

describe('files exported before format version 2', () => {
  it('a version 1 project file opens as the same dataset, migrated', () => {
    // The export never wrote `$schema`, a pointer for editors, not data.
    const { $schema: _schema, ...data } = original;
    expect(imported('supply-lines-dataset.json')).toEqual(data);
    expect(original.version).toBe(2);
  });

  it.each(['supply-lines-dataset.gexf', 'supply-lines-dataset.graphml', 'supply-lines-dataset.cyjs'])(
    '%s opens with the same entities, links, listings, rounds and sources',
    (name) => {
      const dataset = imported(name);
      expect(byId(dataset.entities)).toEqual(byId(original.entities));
      expect(byId(dataset.links)).toEqual(byId(original.links));
      expect(sortedListings(dataset.listings)).toEqual(sortedListings(original.listings));
      expect(byId(dataset.rounds)).toEqual(byId(original.rounds));
      expect(byId(dataset.sources)).toEqual(byId(original.sources));
    },
  );

  it('the CSV tables open with the same entities, links and listings, the rounds someone is listed in and the sources something cites', () => {
    const dataset = imported('supply-lines-dataset-entities.csv', 'supply-lines-dataset-links.csv');
    expect(byId(dataset.entities)).toEqual(byId(original.entities));
    expect(byId(dataset.links)).toEqual(byId(original.links));
    expect(sortedListings(dataset.listings)).toEqual(sortedListings(original.listings));
    const listedIn = new Set(original.listings.map((l) => l.round));
    expect(byId(dataset.rounds)).toEqual(byId(original.rounds.filter((r) => listedIn.has(r.id))));
    const cited = [
      ...original.entities,
      ...original.links,
      ...original.listings,
      ...original.rounds.filter((r) => listedIn.has(r.id)),
    ].flatMap((r) => r.sources);
    expect(new Set(dataset.sources.map((s) => s.id))).toEqual(new Set(cited));
  });

  it("the FollowTheMoney file opens with the same entities, links, listings and sources, and each round's id, authority, list and date", () => {
    const dataset = imported('supply-lines-dataset.ftm.json');
    expect(byId(dataset.entities)).toEqual(byId(original.entities));
    expect(byId(dataset.links)).toEqual(byId(original.links));
    expect(sortedListings(dataset.listings)).toEqual(sortedListings(original.listings));
    expect(byId(dataset.sources)).toEqual(byId(original.sources));
    const essentials = (rounds: Dataset['rounds']) =>
      byId(rounds).map(({ id, authority, list, date }) => ({ id, authority, list, date }));
    expect(essentials(dataset.rounds)).toEqual(
      essentials(original.rounds.filter((r) => original.listings.some((l) => l.round === r.id))),
    );
  });
});
