/**
 * The story of one round step in Present: the entities the round lists and their direct partners, and
 * the links between them. The camera frames it and the rest of the network is drawn quietly.
 */
import type { NetworkView } from '../filter/filterNetwork';
import type { DatasetIndex } from '../model/datasetIndex';

export interface RoundStory {
  /** The round's own entities on screen. */
  listed: ReadonlySet<string>;
  /** Those and their partners on screen: what the camera frames. */
  entities: ReadonlySet<string>;
  /** The links from the round's entities to their partners. */
  links: ReadonlySet<string>;
}

/** The story of the entities `listed` on a step, among what `view` shows; null when none of them is on screen. */
export function roundStory(index: DatasetIndex, view: NetworkView, listed: ReadonlySet<string>): RoundStory | null {
  const onScreen = (id: string) => view.shownEntities.has(id) || view.contextEntities.has(id);
  const linkOnScreen = (id: string) => view.shownLinks.has(id) || view.contextLinks.has(id);
  const own = new Set([...listed].filter(onScreen));
  if (own.size === 0) return null;
  const entities = new Set(own);
  const links = new Set<string>();
  for (const id of own) {
    for (const link of index.linksByEntity.get(id) ?? []) {
      const partner = link.source === id ? link.target : link.source;
      // A context link may lead to an entity the filters hide: it is not drawn, so not framed.
      if (!linkOnScreen(link.id) || !onScreen(partner)) continue;
      links.add(link.id);
      entities.add(partner);
    }
  }
  return { listed: own, entities, links };
}
