import { type Loose, isObject } from '../model/loose';
import type { Problem } from './problems';

const COLLECTIONS = ['sources', 'rounds', 'entities', 'listings', 'links'] as const;

/**
 * Checks what a schema cannot: duplicate ids, references that point nowhere, self-links, repeated
 * listings and reversed periods. It reads the raw input defensively, so it still reports these when
 * the schema check has found other problems.
 */
export function referenceProblems(input: unknown): Problem[] {
  const data = isObject(input) ? input : {};
  const records = Object.fromEntries(COLLECTIONS.map((name) => [name, asRecords(data[name])])) as Record<
    (typeof COLLECTIONS)[number],
    Loose[]
  >;
  const problems: Problem[] = [];
  const sourceIds = collectIds('sources', records.sources, problems);
  const roundIds = collectIds('rounds', records.rounds, problems);
  const entityIds = collectIds('entities', records.entities, problems);
  collectIds('links', records.links, problems);
  // Entities and links share one id space in the graph.
  records.links.forEach((link, i) => {
    if (typeof link.id === 'string' && entityIds.has(link.id)) {
      problems.push({ code: 'duplicate-id', path: `links[${i}].id`, message: `"${link.id}" is also an entity id` });
    }
  });

  const expectRef = (path: string, value: unknown, known: Set<string>, what: string) => {
    if (typeof value === 'string' && !known.has(value)) {
      problems.push({ code: 'unknown-reference', path, message: `refers to ${what} "${value}", which does not exist` });
    }
  };
  for (const name of COLLECTIONS) {
    if (name === 'sources') continue;
    records[name].forEach((record, i) => {
      asArray(record.sources).forEach((ref, j) => expectRef(`${name}[${i}].sources[${j}]`, ref, sourceIds, 'source'));
    });
  }

  const view = isObject(data.view) ? data.view : {};
  asArray(view.rounds).forEach((ref, i) => expectRef(`view.rounds[${i}]`, ref, roundIds, 'round'));

  // An entity may be listed in one round more than once: real lists hold two entries for one party
  // (two OFAC entries under one programme), and every record is kept. The built-in data's editorial
  // rules refuse that for hand-written data.
  records.listings.forEach((listing, i) => {
    expectRef(`listings[${i}].entity`, listing.entity, entityIds, 'entity');
    expectRef(`listings[${i}].round`, listing.round, roundIds, 'round');
    const end = isObject(listing.end) ? listing.end : {};
    asArray(end.sources).forEach((ref, j) => expectRef(`listings[${i}].end.sources[${j}]`, ref, sourceIds, 'source'));
    const since = typeof listing.date === 'string' ? listing.date : undefined;
    if (since !== undefined && typeof end.date === 'string' && since > end.date) {
      problems.push({
        code: 'period-order',
        path: `listings[${i}].end.date`,
        message: `ends (${end.date}) before the listing starts (${since})`,
      });
    }
  });

  records.links.forEach((link, i) => {
    expectRef(`links[${i}].source`, link.source, entityIds, 'entity');
    expectRef(`links[${i}].target`, link.target, entityIds, 'entity');
    if (typeof link.source === 'string' && link.source === link.target) {
      problems.push({ code: 'self-link', path: `links[${i}]`, message: `links "${link.source}" to itself` });
    }
    asArray(link.quotes).forEach((quote, j) => {
      const cited = asArray(link.sources);
      if (isObject(quote) && typeof quote.source === 'string' && !cited.includes(quote.source)) {
        problems.push({
          code: 'unknown-reference',
          path: `links[${i}].quotes[${j}].source`,
          message: `quotes "${quote.source}", which the link does not cite`,
        });
      }
    });
    const period = isObject(link.period) ? link.period : {};
    if (typeof period.from === 'string' && typeof period.to === 'string' && period.from > period.to) {
      problems.push({
        code: 'period-order',
        path: `links[${i}].period`,
        message: `starts (${period.from}) after it ends (${period.to})`,
      });
    }
  });
  return problems;
}

function collectIds(name: string, records: Loose[], problems: Problem[]): Set<string> {
  const firstIndex = new Map<string, number>();
  records.forEach((record, i) => {
    if (typeof record.id !== 'string') return;
    const first = firstIndex.get(record.id);
    if (first === undefined) firstIndex.set(record.id, i);
    else
      problems.push({
        code: 'duplicate-id',
        path: `${name}[${i}].id`,
        message: `"${record.id}" is already used by ${name}[${first}]`,
      });
  });
  return new Set(firstIndex.keys());
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asRecords(value: unknown): Loose[] {
  return asArray(value).map((item) => (isObject(item) ? item : {}));
}
