import type { Dataset } from '../model/types';

/**
 * The part of a dataset that holds the given entities and links: their listings, the rounds those
 * listings belong to, and every source any of it cites. Links whose ends are not both kept are dropped.
 */
export function subsetDataset(dataset: Dataset, entityIds: ReadonlySet<string>, linkIds: ReadonlySet<string>): Dataset {
  const entities = dataset.entities.filter((e) => entityIds.has(e.id));
  const links = dataset.links.filter((l) => linkIds.has(l.id) && entityIds.has(l.source) && entityIds.has(l.target));
  const listings = dataset.listings.filter((l) => entityIds.has(l.entity));
  const roundIds = new Set(listings.map((l) => l.round));
  const rounds = dataset.rounds.filter((r) => roundIds.has(r.id));
  const cited = new Set([...entities, ...links, ...listings, ...rounds].flatMap((record) => record.sources));
  return { ...dataset, sources: dataset.sources.filter((s) => cited.has(s.id)), rounds, entities, listings, links };
}
