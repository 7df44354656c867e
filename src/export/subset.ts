import type { Dataset } from '../model/types';

/**
 * The part of a dataset that holds the given entities and links: their listings, the rounds those
 * listings belong to, and every source any of it cites (the end of a listing too). Links whose ends
 * are not both kept are dropped, and so are rounds the opening view names that are not kept.
 */
export function subsetDataset(dataset: Dataset, entityIds: ReadonlySet<string>, linkIds: ReadonlySet<string>): Dataset {
  const entities = dataset.entities.filter((e) => entityIds.has(e.id));
  const links = dataset.links.filter((l) => linkIds.has(l.id) && entityIds.has(l.source) && entityIds.has(l.target));
  const listings = dataset.listings.filter((l) => entityIds.has(l.entity));
  const roundIds = new Set(listings.map((l) => l.round));
  const rounds = dataset.rounds.filter((r) => roundIds.has(r.id));
  const cited = new Set([...entities, ...links, ...listings, ...rounds].flatMap((record) => record.sources));
  for (const listing of listings) for (const id of listing.end?.sources ?? []) cited.add(id);
  return {
    ...dataset,
    ...viewOf(dataset.view, roundIds),
    sources: dataset.sources.filter((s) => cited.has(s.id)),
    rounds,
    entities,
    listings,
    links,
  };
}

/** The opening view, showing only rounds that are kept (a view naming a missing round would not validate). */
function viewOf(view: Dataset['view'], roundIds: ReadonlySet<string>): Pick<Dataset, 'view'> {
  if (!view?.rounds) return {};
  const { rounds, ...rest } = view;
  const kept = rounds.filter((id) => roundIds.has(id));
  return { view: { ...rest, ...(kept.length > 0 ? { rounds: kept } : {}) } };
}
