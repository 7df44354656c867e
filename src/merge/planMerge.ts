import { UNKNOWN_COUNTRY } from '../model/countries';
import type { Dataset, Entity, Link, Listing, Round, Source } from '../model/types';
import { normaliseName } from '../validate/editorialProblems';

/** How an entity of the dataset merged in found its counterpart in the current one. */
export interface EntityMatch {
  from: Entity;
  into: Entity;
  by: 'id' | 'name and country';
}

export interface MergeOptions {
  /** Keep apart entities that share an id but not a name: ids such as `entity-1` from two imports. */
  keepApartSameIdOtherName?: boolean;
}

/** A merge, worked out before it happens: what matched, what is new, and the result. */
export interface MergePlan {
  matches: EntityMatch[];
  /** Entities matched by id whose names differ: worth a look, as one id may mean two things. */
  sameIdOtherName: EntityMatch[];
  added: { entities: number; links: number; listings: number; rounds: number; sources: number };
  merged: Dataset;
}

/**
 * Merges `other` into `base` without changing either: entities are matched by id, then by
 * normalised name and country; matched entities keep the current record and gain the other's aliases
 * and sources. Sources match by URL, rounds by authority, list and date, listings by entity and round,
 * links by their ends and kind. Ids of the other dataset that are taken get a suffix.
 */
export function planMerge(base: Dataset, other: Dataset, options: MergeOptions = {}): MergePlan {
  const sourceIds = mergeSources(base.sources, other.sources);
  const roundIds = mergeRounds(base.rounds, other.rounds, sourceIds.map);
  const entities = mergeEntities(
    base.entities,
    other.entities,
    sourceIds.map,
    options.keepApartSameIdOtherName ?? false,
    base.links.map((l) => l.id),
  );
  const listings = mergeListings(base.listings, other.listings, entities.map, roundIds.map, sourceIds.map);
  const links = mergeLinks(
    base.links,
    other.links,
    entities.map,
    sourceIds.map,
    new Set(entities.records.map((e) => e.id)),
  );
  const merged: Dataset = {
    ...base,
    title: `${base.title} + ${other.title}`,
    sources: sourceIds.records,
    rounds: roundIds.records,
    entities: entities.records,
    listings: listings.records,
    links: links.records,
  };
  return {
    matches: entities.matches,
    sameIdOtherName: entities.sameIdOtherName,
    added: {
      entities: entities.added,
      links: links.added,
      listings: listings.added,
      rounds: roundIds.added,
      sources: sourceIds.added,
    },
    merged,
  };
}

type IdMap = Map<string, string>;
const remap = (ids: readonly string[], map: IdMap) => [...new Set(ids.map((id) => map.get(id) ?? id))];
const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];

/** An id not yet in `used`: the id itself, or it with the first free suffix. */
function freeId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

/**
 * The common shape of merging one kind of record: each record of the other dataset either matches a
 * current one (which it may enrich) or is added under a free id.
 */
function mergeRecords<T extends { id: string }>(
  base: readonly T[],
  other: readonly T[],
  findMatch: (record: T, byId: Map<string, T>) => T | undefined,
  enrich: (current: T, incoming: T) => T,
  rewrite: (record: T) => T,
  options: { reserved?: Iterable<string>; onAdd?: (record: T) => void } = {},
) {
  const byId = new Map(base.map((r) => [r.id, r]));
  const records = [...base];
  const index = new Map(base.map((r, i) => [r.id, i]));
  const used = new Set([...base.map((r) => r.id), ...(options.reserved ?? [])]);
  const map: IdMap = new Map();
  let added = 0;
  for (const raw of other) {
    const record = rewrite(raw);
    const match = findMatch(record, byId);
    if (match) {
      map.set(raw.id, match.id);
      const i = index.get(match.id)!;
      records[i] = enrich(records[i]!, record);
      continue;
    }
    const id = freeId(raw.id, used);
    const addedRecord = { ...record, id };
    map.set(raw.id, id);
    index.set(id, records.length);
    records.push(addedRecord);
    // Later records of the other dataset may match this one (two spellings of one firm, say).
    byId.set(id, addedRecord);
    options.onAdd?.(addedRecord);
    added++;
  }
  return { records, map, added };
}

function mergeSources(base: readonly Source[], other: readonly Source[]) {
  const byUrl = new Map(base.filter((s) => s.url).map((s) => [s.url!, s]));
  const byTitle = new Map(base.filter((s) => !s.url).map((s) => [`${s.title}|${s.publisher}`, s]));
  return mergeRecords(
    base,
    other,
    (s) => (s.url ? byUrl.get(s.url) : byTitle.get(`${s.title}|${s.publisher}`)),
    (current) => current,
    (s) => s,
    { onAdd: (s) => (s.url ? byUrl.set(s.url, s) : byTitle.set(`${s.title}|${s.publisher}`, s)) },
  );
}

const roundKey = (r: Round) => `${r.authority}|${r.list}|${r.date ?? ''}`;
const entityKey = (e: Entity) => `${normaliseName(e.name)}|${e.country}`;
const linkKey = (l: Link) => `${l.source}|${l.target}|${l.kind}`;
/** Listings match when they say the same (sources aside): an entity may have two entries in one round. */
const listingId = (l: Listing) => {
  const { sources: _sources, ...said } = l;
  return { ...l, id: JSON.stringify(said) };
};

function mergeRounds(base: readonly Round[], other: readonly Round[], sources: IdMap) {
  const byKey = new Map(base.map((r) => [roundKey(r), r]));
  return mergeRecords(
    base,
    other,
    (r) => byKey.get(roundKey(r)),
    (current, incoming) => ({ ...current, sources: union(current.sources, incoming.sources) }),
    (r) => ({ ...r, sources: remap(r.sources, sources) }),
    { onAdd: (r) => byKey.set(roundKey(r), r) },
  );
}

function mergeEntities(
  base: readonly Entity[],
  other: readonly Entity[],
  sources: IdMap,
  keepApart: boolean,
  linkIds: readonly string[],
) {
  const byKey = new Map(base.map((e) => [entityKey(e), e]));
  const matches: EntityMatch[] = [];
  const sameIdOtherName: EntityMatch[] = [];
  const result = mergeRecords(
    base,
    other,
    (e, byId) => {
      const sameId = byId.get(e.id);
      if (sameId && normaliseName(sameId.name) !== normaliseName(e.name))
        sameIdOtherName.push({ from: e, into: sameId, by: 'id' });
      const into =
        (keepApart && sameId && normaliseName(sameId.name) !== normaliseName(e.name) ? undefined : sameId) ??
        byKey.get(entityKey(e));
      if (into) matches.push({ from: e, into, by: into.id === e.id ? 'id' : 'name and country' });
      return into;
    },
    (current, incoming) => ({
      ...current,
      aliases: union(current.aliases, [incoming.name, ...incoming.aliases]).filter((a) => a !== current.name),
      country: current.country === UNKNOWN_COUNTRY ? incoming.country : current.country,
      role: current.role === 'other' ? incoming.role : current.role,
      ...(current.city || !incoming.city ? {} : { city: incoming.city }),
      ...(current.notes || !incoming.notes ? {} : { notes: incoming.notes }),
      sources: union(current.sources, incoming.sources),
    }),
    (e) => ({ ...e, sources: remap(e.sources, sources) }),
    // An entity's id must not be a link's id either.
    { reserved: linkIds, onAdd: (e) => byKey.set(entityKey(e), e) },
  );
  return { ...result, matches, sameIdOtherName };
}

function mergeListings(
  base: readonly Listing[],
  other: readonly Listing[],
  entities: IdMap,
  rounds: IdMap,
  sources: IdMap,
) {
  const merged = mergeRecords(
    base.map(listingId),
    other.map((l) =>
      listingId({
        ...l,
        entity: entities.get(l.entity) ?? l.entity,
        round: rounds.get(l.round) ?? l.round,
        sources: remap(l.sources, sources),
      }),
    ),
    (l, byId) => byId.get(l.id),
    (current, incoming) => ({ ...current, sources: union(current.sources, incoming.sources) }),
    (l) => l,
  );
  return { added: merged.added, records: merged.records.map(({ id: _id, ...listing }) => listing) };
}

function mergeLinks(
  base: readonly Link[],
  other: readonly Link[],
  entities: IdMap,
  sources: IdMap,
  entityIds: Set<string>,
) {
  const byKey = new Map(base.map((l) => [linkKey(l), l]));
  const merged = mergeRecords(
    base,
    other,
    (l) => byKey.get(linkKey(l)),
    (current, incoming) => ({
      ...current,
      items: union(current.items, incoming.items),
      sources: union(current.sources, incoming.sources),
    }),
    (l) => ({
      ...l,
      source: entities.get(l.source) ?? l.source,
      target: entities.get(l.target) ?? l.target,
      sources: remap(l.sources, sources),
    }),
    // Link ids must not be entity ids either.
    { reserved: entityIds, onAdd: (l) => byKey.set(linkKey(l), l) },
  );
  // Two entities of the other dataset that both matched one entity here may have been linked to each other.
  return { added: merged.added, records: merged.records.filter((l) => l.source !== l.target) };
}
