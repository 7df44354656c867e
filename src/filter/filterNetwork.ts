import { authoritiesListing } from '../analysis/authorities';
import { neighbourhood } from '../analysis/neighbourhood';
import type { DatasetIndex } from '../model/datasetIndex';
import type { FilterState } from './filterState';
import { sanctionStatus } from '../analysis/sanctionStatus';

/** What the graph shows: `shown` at full strength, `context` dimmed (neighbours of the chosen rounds). */
export interface NetworkView {
  shownEntities: ReadonlySet<string>;
  contextEntities: ReadonlySet<string>;
  shownLinks: ReadonlySet<string>;
  contextLinks: ReadonlySet<string>;
  /** Entities on screen (shown or context) that are sanctioned as of the filter's date. */
  sanctionedCount: number;
  /** Entities on screen that are listed, but on a date no source gives. */
  undatedCount: number;
}

/**
 * Applies every filter together. An entity passes when its filing country is chosen, it is not
 * hidden as "not yet listed", and it meets the authority filters as of the date; with rounds chosen,
 * it must also be listed by one of them, or else be a direct partner of such an entity, in which case
 * it is context. With a focus, only the focused neighbourhood (among passing entities) stays. A link
 * shows when both its ends are on screen, as context when either end is.
 */
export function filterNetwork(index: DatasetIndex, filters: FilterState): NetworkView {
  const countries = filters.countries === null ? null : new Set(filters.countries);
  const passes = (entityId: string): boolean => {
    const entity = index.entityById.get(entityId);
    if (!entity) return false;
    if (countries && !index.countriesByEntity.get(entityId)!.some((code) => countries.has(code))) return false;
    if (filters.hideNotYetListed && sanctionStatus(index, entityId, filters.asOf) === 'not-yet-listed') return false;
    if (filters.listedBy === null && filters.notListedBy === null) return true;
    const authorities = authoritiesListing(index, entityId, filters.asOf);
    if (filters.listedBy !== null && !authorities.includes(filters.listedBy)) return false;
    return filters.notListedBy === null || !authorities.includes(filters.notListedBy);
  };
  const focused = filters.focus
    ? neighbourhood(index, filters.focus.entity, filters.focus.hops, filters.focus.direction, passes).entities
    : null;

  const chosenRounds = new Set(filters.rounds);
  const listedByChosen = (entityId: string) =>
    (index.listingsByEntity.get(entityId) ?? []).some((listing) => chosenRounds.has(listing.round));

  const shownEntities = new Set<string>();
  for (const entity of index.dataset.entities) {
    if (focused && !focused.has(entity.id)) continue;
    if (passes(entity.id) && (chosenRounds.size === 0 || listedByChosen(entity.id))) shownEntities.add(entity.id);
  }

  const contextEntities = new Set<string>();
  const shownLinks = new Set<string>();
  const contextLinks = new Set<string>();
  for (const link of index.dataset.links) {
    const sourceShown = shownEntities.has(link.source);
    const targetShown = shownEntities.has(link.target);
    if (sourceShown && targetShown) shownLinks.add(link.id);
    else if (chosenRounds.size > 0 && (sourceShown || targetShown)) {
      const other = sourceShown ? link.target : link.source;
      if (!passes(other) || (focused && !focused.has(other))) continue;
      contextEntities.add(other);
      contextLinks.add(link.id);
    }
  }

  let sanctionedCount = 0;
  let undatedCount = 0;
  for (const id of [...shownEntities, ...contextEntities]) {
    const status = sanctionStatus(index, id, filters.asOf);
    if (status === 'sanctioned') sanctionedCount += 1;
    else if (status === 'date-unknown') undatedCount += 1;
  }
  return { shownEntities, contextEntities, shownLinks, contextLinks, sanctionedCount, undatedCount };
}
