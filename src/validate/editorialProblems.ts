import { UNKNOWN_COUNTRY } from '../model/countries';
import type { Dataset, Source } from '../model/types';
import type { Problem } from './problems';

/**
 * The built-in dataset's editorial rules, stricter than what any valid dataset must meet, so that every
 * record traces to a source anyone can open (issue 14):
 * 1. every source has a URL, or is a printed document with a full reference (a date, and `notes`
 *    starting "Printed:" with where it appeared: volume, issue, pages);
 * 2. no two entities share a normalised name and country;
 * 3. no round is dated after one of its sources (a source cannot report a round before it happens);
 * 4. every entity is listed, or linked to an entity that is listed, or owns, controls, directs, employs
 *    or is part of such an entity (the owner of a listed entity's supplier is in scope);
 * 5. every official or reported link quotes the passage of a cited source that states it;
 * 6. an official link cites a government source (its publisher starts with a government name);
 * 7. an entity of unknown country says why in its notes;
 * 8. a round lists no more entities than its source states, and one that lists fewer says in its notes
 *    which are "not in the data";
 * 9. no entity is listed twice in one round (imported lists may hold two entries for a party; the
 *    hand-written data says one thing once).
 */
export function editorialProblems(dataset: Dataset): Problem[] {
  return [
    ...sourceProblems(dataset),
    ...entityProblems(dataset),
    ...roundProblems(dataset),
    ...linkProblems(dataset),
    ...scopeProblems(dataset),
    ...repeatedListings(dataset),
  ];
}

function repeatedListings(dataset: Dataset): Problem[] {
  return collect((add) => {
    const first = new Map<string, number>();
    dataset.listings.forEach((listing, i) => {
      const key = `${listing.entity}\u0000${listing.round}`;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, i);
      else
        add(
          `listings[${i}]`,
          `lists "${listing.entity}" in round "${listing.round}" again (first at listings[${earlier}])`,
        );
    });
  });
}

type Add = (path: string, message: string) => void;

function collect(fill: (add: Add) => void): Problem[] {
  const problems: Problem[] = [];
  fill((path, message) => problems.push({ code: 'editorial', path, message }));
  return problems;
}

/** Publishers whose texts are government texts: a source counts as governmental when its publisher starts with one. */
export const GOVERNMENT_PUBLISHERS = [
  'US Department of the Treasury',
  'US Bureau of Industry and Security',
  'US Department of Commerce',
  'US Department of State',
  'Federal Register',
  'The White House',
] as const;

export function isGovernmentSource(source: Pick<Source, 'publisher'>): boolean {
  const publisher = source.publisher.trim().toLowerCase();
  return GOVERNMENT_PUBLISHERS.some((name) => publisher.startsWith(name.toLowerCase()));
}

/** A printed document's full reference: a date, and notes that start "Printed:" and give volume, issue or pages. */
function isPrintedReference(source: Source): boolean {
  const notes = source.notes?.trim() ?? '';
  return Boolean(source.date) && /^printed:/i.test(notes) && /\d/.test(notes);
}

function sourceProblems(dataset: Dataset): Problem[] {
  return collect((add) =>
    dataset.sources.forEach((source, i) => {
      if (source.url || isPrintedReference(source)) return;
      add(
        `sources[${i}]`,
        `"${source.id}" has no URL; only a printed document may go without one, with a date and notes starting "Printed:" that say where it appeared (volume, issue, pages)`,
      );
    }),
  );
}

function entityProblems(dataset: Dataset): Problem[] {
  return collect((add) => {
    const seen = new Map<string, number>();
    dataset.entities.forEach((entity, i) => {
      const key = `${normaliseName(entity.name)}|${entity.country}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else
        add(
          `entities[${i}].name`,
          `"${entity.name}" (${entity.country}) repeats entities[${first}] "${dataset.entities[first]!.name}"`,
        );
      const reason = `${entity.notes ?? ''} ${entity.uncertain ?? ''}`;
      if (entity.country === UNKNOWN_COUNTRY && !/\bcountr(y|ies)\b/i.test(reason)) {
        add(
          `entities[${i}].country`,
          `"${entity.name}" has no country, and its notes do not say why (mention the country: what the sources give or lack)`,
        );
      }
    });
  });
}

function roundProblems(dataset: Dataset): Problem[] {
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  return collect((add) =>
    dataset.rounds.forEach((round, i) => {
      round.sources.forEach((id, j) => {
        const date = sourceById.get(id)?.date;
        if (date && round.date && isAfter(round.date, date))
          add(`rounds[${i}].sources[${j}]`, `source "${id}" is dated ${date}, before the round (${round.date})`);
      });
      const stated = round.size?.entities;
      if (stated === undefined) return;
      const listed = dataset.listings.filter((l) => l.round === round.id).length;
      if (listed > stated)
        add(
          `rounds[${i}].size.entities`,
          `"${round.id}" lists ${listed} entities, more than the ${stated} its source states`,
        );
      else if (listed < stated && !/not in the data/i.test(round.notes ?? '')) {
        add(
          `rounds[${i}].notes`,
          `"${round.id}" lists ${listed} of the ${stated} entities its source states; its notes must say which are not in the data ("Not in the data: ...")`,
        );
      }
    }),
  );
}

function linkProblems(dataset: Dataset): Problem[] {
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  return collect((add) =>
    dataset.links.forEach((link, i) => {
      if (link.confidence !== 'inferred' && (link.quotes ?? []).length === 0) {
        add(
          `links[${i}].quotes`,
          `"${link.id}" is ${link.confidence} but quotes no passage of its sources; quote the words that state it, or mark it inferred`,
        );
      }
      if (
        link.confidence === 'official' &&
        !link.sources.some((id) => {
          const s = sourceById.get(id);
          return s !== undefined && isGovernmentSource(s);
        })
      ) {
        add(
          `links[${i}].confidence`,
          `"${link.id}" is official but cites no government source (a publisher starting with ${GOVERNMENT_PUBLISHERS.map((p) => `"${p}"`).join(', ')}); grade it reported`,
        );
      }
    }),
  );
}

/** Ties that bring an owner, controller, director, employee or part of an in-scope entity into scope. */
const ATTACHING_KINDS: ReadonlySet<string> = new Set(['owns', 'controls', 'part-of', 'directs', 'employs']);

function scopeProblems(dataset: Dataset): Problem[] {
  const listed = new Set(dataset.listings.map((l) => l.entity));
  const inScope = new Set(listed);
  for (const link of dataset.links) {
    if (listed.has(link.target)) inScope.add(link.source);
    if (listed.has(link.source)) inScope.add(link.target);
  }
  const attached = new Set<string>();
  for (const link of dataset.links) {
    if (!ATTACHING_KINDS.has(link.kind)) continue;
    if (inScope.has(link.target)) attached.add(link.source);
    if (inScope.has(link.source)) attached.add(link.target);
  }
  return collect((add) =>
    dataset.entities.forEach((entity, i) => {
      if (!inScope.has(entity.id) && !attached.has(entity.id))
        add(`entities[${i}]`, `"${entity.name}" is neither listed nor linked to a listed entity`);
    }),
  );
}

const LEGAL_SUFFIXES = /\b(ltd|limited|llc|co|company|inc|corp|corporation|oy|gmbh|plc|sti|san|tic|as|a s|pty)\b/g;

/** Lower case, no punctuation, no legal-form words: "Asia Pacific Links Ltd." → "asia pacific links". */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(LEGAL_SUFFIXES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether date `a` is after date `b`, compared at the precision both have (`2023-09-14` is not after `2023-09`). */
function isAfter(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) > b.slice(0, length);
}
