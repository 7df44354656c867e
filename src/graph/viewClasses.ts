import type { FilterState } from '../filter/filterState';
import type { NetworkView } from '../filter/filterNetwork';
import { sanctionStatuses } from '../analysis/sanctionStatus';
import type { DatasetIndex } from '../model/datasetIndex';
import type { RoundStory } from './roundStory';
import type { ViewClass } from './graphClasses';

/** The classes filters and selection put on elements; every element gets exactly one entry. */
export type ViewClasses = Map<string, ViewClass[]>;

/**
 * The classes for every element: sanctions status as of the date, hidden or dimmed by the filters,
 * selected, labelled. With a highlight (a found path, open channels, exposure, compared dates), the picked
 * elements get its class and are shown even if filtered out, and everything else is dimmed. Without one,
 * a round's story in Present (its entities, their partners and the links between) stands out and the
 * rest is drawn quietly.
 */
export function viewClasses(
  index: DatasetIndex,
  view: NetworkView,
  filters: FilterState,
  selectedId: string | null,
  highlight: ReadonlyMap<string, ViewClass> | null = null,
  newlyListed: ReadonlySet<string> | null = null,
  story: RoundStory | null = null,
): ViewClasses {
  const classes: ViewClasses = new Map();
  const statuses = sanctionStatuses(index, filters.asOf);
  for (const entity of index.dataset.entities) {
    const list: ViewClass[] = [statuses.get(entity.id) ?? 'never-listed'];
    if (newlyListed?.has(entity.id)) list.push('newly-listed');
    if (view.contextEntities.has(entity.id)) list.push('dimmed');
    else if (!view.shownEntities.has(entity.id)) list.push('hidden');
    classes.set(entity.id, list);
  }
  for (const link of index.dataset.links) {
    const list: ViewClass[] = [];
    if (view.contextLinks.has(link.id)) list.push('dimmed');
    else if (!view.shownLinks.has(link.id)) list.push('hidden');
    classes.set(link.id, list);
  }
  if (highlight) {
    for (const [id, list] of classes) {
      const picked = highlight.get(id);
      if (picked) classes.set(id, [...list.filter((c) => c !== 'hidden' && c !== 'dimmed'), picked]);
      else if (!list.includes('hidden') && !list.includes('dimmed')) list.push('dimmed');
    }
  } else if (story) {
    for (const [id, list] of classes) {
      const inStory = story.entities.has(id) || story.links.has(id);
      if (!inStory && !list.includes('hidden') && !list.includes('dimmed')) list.push('quiet');
    }
  }
  if (selectedId) classes.get(selectedId)?.push('selected');
  // Link labels are drawn on demand, for the selection's links, so they never pile up where links meet.
  for (const link of index.linksByEntity.get(selectedId ?? '') ?? []) classes.get(link.id)?.push('labelled');
  if (selectedId && index.linkById.has(selectedId)) classes.get(selectedId)?.push('labelled');
  return classes;
}

/** An element definition with the view's classes for it added, so it is drawn right from the start. */
export function withViewClasses<T extends { data: { id?: string }; classes?: unknown }>(
  element: T,
  classes: ViewClasses,
): T {
  const own = classes.get(element.data.id!);
  if (!own || own.length === 0) return element;
  return { ...element, classes: [...((element.classes as string[] | undefined) ?? []), ...own] };
}
