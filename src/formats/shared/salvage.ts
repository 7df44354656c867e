import { Entity, FORMAT_NAME, FORMAT_VERSION, Link, Listing, OpeningView, Round, Source } from '../../model/schema';
import type { Dataset, Link as LinkRecord, Listing as ListingRecord } from '../../model/types';
import { schemaProblems } from '../../validate/schemaProblems';
import type { ImportProblem, ImportProblemCode } from './draft';

type Loose = Record<string, unknown>;
type Kept<T> = { record: T; at: number };
const recordsOf = <T>(kept: Array<Kept<T>>) => kept.map((k) => k.record);

/**
 * Keeps the valid part of a dataset-shaped object: each record is checked on its own, invalid ones
 * and repeated ids are dropped with a problem, then records that point at something dropped or
 * missing go too. Whatever the input, the result passes the validator.
 */
export function salvage(
  input: Loose,
  file: string,
  title: string,
  lineOf: (path: string) => number | undefined = () => undefined,
): { dataset: Dataset; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const report = (path: string, message: string, code: ImportProblemCode = 'bad-record') =>
    problems.push({ code, file, path, line: lineOf(path), message });

  // Each kept record carries its index in the file, so later problems point at the right record and line.
  function keep<T>(
    name: string,
    schema: {
      safeParse: (
        v: unknown,
      ) => { success: true; data: T } | { success: false; error: Parameters<typeof schemaProblems>[0] };
    },
    idOf?: (r: T) => string,
  ): Array<Kept<T>> {
    const list = Array.isArray(input[name]) ? (input[name] as unknown[]) : [];
    if (input[name] !== undefined && !Array.isArray(input[name])) report(name, 'must be a list', 'schema');
    const seen = new Set<string>();
    const kept: Array<Kept<T>> = [];
    list.forEach((raw, i) => {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        for (const p of schemaProblems(parsed.error))
          report(`${name}[${i}]${p.path ? `.${p.path}` : ''}`, `${p.message}; the record is left out`, 'schema');
        return;
      }
      const id = idOf?.(parsed.data);
      if (id !== undefined && seen.has(id))
        return report(`${name}[${i}].id`, `"${id}" appears twice; the second is left out`, 'duplicate-id');
      if (id !== undefined) seen.add(id);
      kept.push({ record: parsed.data, at: i });
    });
    return kept;
  }

  const sources = keep('sources', Source, (s) => s.id);
  const sourceIds = new Set(sources.map((s) => s.record.id));
  const cites = (name: string, i: number, ids: readonly string[], field = 'sources') => {
    const missing = ids.filter((id) => !sourceIds.has(id));
    missing.forEach((id) =>
      report(
        `${name}[${i}].${field}`,
        `cites source "${id}", which is not in the file; the citation is dropped`,
        'unknown-reference',
      ),
    );
    return ids.filter((id) => sourceIds.has(id));
  };
  const withSources = <T extends { sources: string[] }>(name: string, records: Array<Kept<T>>) =>
    records.flatMap(({ record, at }) => {
      const sourcesKept = cites(name, at, record.sources);
      if (sourcesKept.length === 0 && record.sources.length > 0) {
        report(`${name}[${at}]`, 'has no source left; the record is left out');
        return [];
      }
      return [{ record: { ...record, sources: sourcesKept }, at }];
    });

  const rounds = recordsOf(
    withSources(
      'rounds',
      keep('rounds', Round, (r) => r.id),
    ),
  );
  const entities = recordsOf(
    withSources(
      'entities',
      keep('entities', Entity, (e) => e.id),
    ),
  );
  const entityIds = new Set(entities.map((e) => e.id));
  const roundIds = new Set(rounds.map((r) => r.id));
  const links = recordsOf(
    withSources(
      'links',
      keep('links', Link, (l) => l.id),
    )
      .map(({ record, at }) => ({ record: repairQuotes(record, at), at }))
      .filter(({ record: link, at }) => {
        const problem =
          !entityIds.has(link.source) || !entityIds.has(link.target)
            ? `"${link.id}" joins "${link.source}" to "${link.target}", but ${entityIds.has(link.source) ? `"${link.target}"` : `"${link.source}"`} is not an entity of the file`
            : link.source === link.target
              ? `"${link.id}" joins "${link.source}" to itself`
              : entityIds.has(link.id)
                ? `"${link.id}" is also the id of an entity`
                : link.period?.from && link.period.to && link.period.from > link.period.to
                  ? `"${link.id}" starts (${link.period.from}) after it ends (${link.period.to})`
                  : null;
        if (problem) report(`links[${at}]`, `${problem}; left out`);
        return problem === null;
      }),
  );
  const listings = recordsOf(
    withSources('listings', keep('listings', Listing))
      .map(({ record, at }) => ({ record: repairEnd(record, at), at }))
      .filter(({ record: listing, at }) => {
        const ok = entityIds.has(listing.entity) && roundIds.has(listing.round);
        if (!ok)
          report(
            `listings[${at}]`,
            `lists "${listing.entity}" in round "${listing.round}", ${entityIds.has(listing.entity) ? 'a round' : 'an entity'} the file does not have; left out`,
          );
        return ok;
      }),
  );
  /** A listing's end that cites missing sources keeps the rest; one dated before the listing starts is dropped. */
  function repairEnd(listing: ListingRecord, at: number): ListingRecord {
    if (!listing.end) return listing;
    const { end, ...rest } = listing;
    if (listing.date && end.date && end.date < listing.date) {
      report(
        `listings[${at}].end`,
        `ends (${end.date}) before the listing starts (${listing.date}); the end is left out`,
      );
      return rest;
    }
    if (!end.sources) return listing;
    const { sources: cited, ...endRest } = end;
    const kept = cites('listings', at, cited, 'end.sources');
    return { ...rest, end: kept.length > 0 ? { ...endRest, sources: kept } : endRest };
  }
  /** Quotes of sources the link no longer cites (dropped as missing) go, with a problem. */
  function repairQuotes(link: LinkRecord, at: number): LinkRecord {
    if (!link.quotes) return link;
    const quotes = link.quotes.filter((quote) => link.sources.includes(quote.source));
    if (quotes.length === link.quotes.length) return link;
    report(
      `links[${at}].quotes`,
      `${link.quotes.length - quotes.length} quote(s) of sources the link does not cite are left out`,
    );
    const { quotes: _dropped, ...rest } = link;
    return quotes.length > 0 ? { ...rest, quotes } : rest;
  }
  const dataset: Dataset = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    title: title.trim() || file.trim() || 'Imported data',
    sources: recordsOf(sources),
    rounds,
    entities,
    listings,
    links,
  };
  return { dataset, problems };
}

/** A file's opening view, if it is valid, showing only rounds the dataset has; and what was wrong with it. */
export function openingViewOf(
  value: unknown,
  rounds: ReadonlyArray<{ id: string }>,
): { view?: Dataset['view']; problem?: string } {
  if (value === undefined) return {};
  const parsed = OpeningView.safeParse(value);
  if (!parsed.success) return { problem: 'has an opening view that is not valid; it is passed over' };
  const { rounds: shown = [], ...view } = parsed.data;
  const missing = shown.filter((id) => !rounds.some((r) => r.id === id));
  const kept = shown.filter((id) => !missing.includes(id));
  return {
    view: { ...view, ...(kept.length > 0 ? { rounds: kept } : {}) },
    ...(missing.length > 0
      ? {
          problem: `has an opening view that shows rounds the file does not have (${missing.join(', ')}); they are left out of it`,
        }
      : {}),
  };
}
