import { LINK_KIND_TABLE } from '../model/linkKinds';
import type { Dataset, EntityKind } from '../model/types';
import { formatCount } from '../model/formatCount';

const ENTITY_PLURALS: Record<EntityKind, [string, string]> = {
  company: ['company', 'companies'],
  person: ['person', 'people'],
  agency: ['government agency', 'government agencies'],
  organisation: ['organisation', 'organisations'],
  programme: ['programme', 'programmes'],
  vessel: ['vessel', 'vessels'],
  aircraft: ['aircraft', 'aircraft'],
};

const counted = (n: number, [one, many]: readonly [string, string]) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** How many of each there are, most first, in words: `11 companies, 6 people`. */
function tally<K extends string>(keys: readonly K[], words: (key: K) => readonly [string, string]): string {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, n]) => counted(n, words(key)))
    .join(', ');
}

/**
 * What an import brings, per kind, for the report: entities by kind, links by kind, and listings with
 * how many have no date or have ended. Worked out from the draft itself, so every format reports alike.
 */
export function importBreakdown(dataset: Dataset): string[] {
  const datedRounds = new Set(dataset.rounds.filter((r) => r.date).map((r) => r.id));
  const undated = dataset.listings.filter((l) => !l.date && !datedRounds.has(l.round)).length;
  const ended = dataset.listings.filter((l) => l.end).length;
  const listingNotes = [
    undated > 0 ? `${formatCount(undated)} with no date (shown as "date unknown")` : '',
    ended > 0 ? `${formatCount(ended)} ended` : '',
  ].filter(Boolean);
  return [
    dataset.entities.length > 0
      ? `Entities: ${tally(
          dataset.entities.map((e) => e.kind),
          (kind) => ENTITY_PLURALS[kind],
        )}`
      : '',
    dataset.links.length > 0
      ? `Links: ${tally(
          dataset.links.map((l) => l.kind),
          (kind) => [LINK_KIND_TABLE[kind].noun, LINK_KIND_TABLE[kind].plural],
        )}`
      : '',
    dataset.listings.length > 0
      ? `Listings: ${counted(dataset.listings.length, ['listing', 'listings'])}${listingNotes.length > 0 ? `, ${listingNotes.join(', ')}` : ''}`
      : '',
  ].filter(Boolean);
}
