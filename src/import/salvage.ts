import { Entity, Link, Listing, Round, Source } from '../model/schema';
import type { Dataset } from '../model/types';
import { schemaProblems } from '../validate/schemaProblems';
import type { ImportProblem } from './importTypes';

type Loose = Record<string, unknown>;

/**
 * Keeps the valid part of a dataset-shaped object: each record is checked on its own, invalid ones
 * and repeated ids are dropped with a problem, then records that point at something dropped or
 * missing go too. Whatever the input, the result passes the validator.
 */
export function salvage(input: Loose, file: string, title: string, lineOf: (path: string) => number | undefined = () => undefined): { dataset: Dataset; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const report = (path: string, message: string) => problems.push({ file, path, line: lineOf(path), message });

  function keep<T>(name: string, schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: Parameters<typeof schemaProblems>[0] } }, idOf?: (r: T) => string): T[] {
    const list = Array.isArray(input[name]) ? (input[name] as unknown[]) : [];
    if (input[name] !== undefined && !Array.isArray(input[name])) report(name, 'must be a list');
    const seen = new Set<string>();
    const kept: T[] = [];
    list.forEach((raw, i) => {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        for (const p of schemaProblems(parsed.error)) report(`${name}[${i}]${p.path ? `.${p.path}` : ''}`, `${p.message}; the record is left out`);
        return;
      }
      const id = idOf?.(parsed.data);
      if (id !== undefined && seen.has(id)) return report(`${name}[${i}].id`, `"${id}" appears twice; the second is left out`);
      if (id !== undefined) seen.add(id);
      kept.push(parsed.data);
    });
    return kept;
  }

  const sources = keep('sources', Source, (s) => s.id);
  const sourceIds = new Set(sources.map((s) => s.id));
  const cites = (name: string, i: number, ids: readonly string[]) => {
    const missing = ids.filter((id) => !sourceIds.has(id));
    missing.forEach((id) => report(`${name}[${i}].sources`, `cites source "${id}", which is not in the file; the citation is dropped`));
    return ids.filter((id) => sourceIds.has(id));
  };
  const withSources = <T extends { sources: string[] }>(name: string, records: T[]) =>
    records.flatMap((record, i) => {
      const sourcesKept = cites(name, i, record.sources);
      if (sourcesKept.length === 0 && record.sources.length > 0) {
        report(`${name}[${i}]`, 'has no source left; the record is left out');
        return [];
      }
      return [{ ...record, sources: sourcesKept }];
    });

  const rounds = withSources('rounds', keep('rounds', Round, (r) => r.id));
  const entities = withSources('entities', keep('entities', Entity, (e) => e.id));
  const entityIds = new Set(entities.map((e) => e.id));
  const roundIds = new Set(rounds.map((r) => r.id));
  const links = withSources('links', keep('links', Link, (l) => l.id)).filter((link, i) => {
    const ok = entityIds.has(link.source) && entityIds.has(link.target) && link.source !== link.target && !entityIds.has(link.id);
    if (!ok) report(`links[${i}]`, `"${link.id}" joins "${link.source}" to "${link.target}", which are not two different entities of the file; left out`);
    return ok;
  });
  const listingKeys = new Set<string>();
  const listings = withSources('listings', keep('listings', Listing)).filter((listing, i) => {
    const key = `${listing.entity}\u0000${listing.round}`;
    const ok = entityIds.has(listing.entity) && roundIds.has(listing.round) && !listingKeys.has(key);
    if (!ok) report(`listings[${i}]`, `lists "${listing.entity}" in round "${listing.round}", which is missing or listed twice; left out`);
    listingKeys.add(key);
    return ok;
  });
  const dataset: Dataset = { format: 'supply-lines', version: 1, title, sources, rounds, entities, listings, links };
  return { dataset, problems };
}
