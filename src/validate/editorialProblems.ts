import type { Dataset } from '../model/types';
import type { Problem } from './problems';

/**
 * The built-in dataset's editorial rules, stricter than what any valid dataset must meet:
 * 1. every source has a URL, or `notes` saying where it is found (a Federal Register document number,
 *    a report the research notes name without an address);
 * 2. no two entities share a normalised name and country;
 * 3. no round is dated after one of its sources (a source cannot report a round before it happens);
 * 4. every entity is listed, or linked to an entity that is listed, or owns, employs or is employed
 *    by such an entity (the owner of a listed entity's supplier is in scope).
 */
export function editorialProblems(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ code: 'editorial', path, message });
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));

  dataset.sources.forEach((source, i) => {
    if (!source.url && !source.notes?.trim()) add(`sources[${i}]`, `"${source.id}" has neither a URL nor notes saying where it is found`);
  });

  const seen = new Map<string, number>();
  dataset.entities.forEach((entity, i) => {
    const key = `${normaliseName(entity.name)}|${entity.country}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else add(`entities[${i}].name`, `"${entity.name}" (${entity.country}) repeats entities[${first}] "${dataset.entities[first]!.name}"`);
  });

  dataset.rounds.forEach((round, i) => {
    round.sources.forEach((id, j) => {
      const date = sourceById.get(id)?.date;
      if (date && round.date && isAfter(round.date, date)) add(`rounds[${i}].sources[${j}]`, `source "${id}" is dated ${date}, before the round (${round.date})`);
    });
  });

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
  dataset.entities.forEach((entity, i) => {
    if (!inScope.has(entity.id) && !attached.has(entity.id)) add(`entities[${i}]`, `"${entity.name}" is neither listed nor linked to a listed entity`);
  });
  return problems;
}

/** Ties that bring an owner, controller, director or employee of an in-scope entity into scope. */
const ATTACHING_KINDS: ReadonlySet<string> = new Set(['owns', 'controls', 'part-of', 'directs', 'employs']);

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
