/**
 * What the keyboard walk's live region says when it reaches an entity or a link. Pure text, from the
 * shared wording in describe.ts, so a screen reader hears what the details panel and hover card show.
 */
import { sanctionStatus } from '../analysis/sanctionStatus';
import { countryLabel } from '../model/countries';
import type { DatasetIndex } from '../model/datasetIndex';
import { evidenceText, linkSentence, listedByPhrases, roleText, sourceCitation, statusText } from './describe';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `3 links`, or `2 links shown of 5` when filters hide some (the walk follows only those shown). */
export function linkCountText(shown: number, total: number): string {
  return shown === total ? plural(total, 'link', 'links') : `${plural(shown, 'link', 'links')} shown of ${total}`;
}

/**
 * An entity: name, role, country, standing on `asOf` and who lists it, and its links, e.g.
 * `Alpha. supplier (company), Russia. Sanctioned as of 2023-09-25. Listed by US BIS (Entity List,
 * 2023-09-25). 3 links.`
 */
export function entityAnnouncement(
  index: DatasetIndex,
  entityId: string,
  asOf: string | null,
  shownLinks: number,
): string {
  const entity = index.entityById.get(entityId);
  if (!entity) throw new Error(`entityAnnouncement: no entity ${entityId}`);
  const total = index.linksByEntity.get(entityId)?.length ?? 0;
  return [
    entity.name,
    `${roleText(entity)}, ${countryLabel(entity.country)}`,
    statusText(sanctionStatus(index, entityId, asOf), asOf),
    ...listedByPhrases(index, entityId, asOf),
    linkCountText(shownLinks, total),
  ]
    .map((sentence) => `${sentence}.`)
    .join(' ');
}

/**
 * A link: its place among the links being walked, its ends and kind, its evidence grade and sources,
 * e.g. `Link 2 of 3: Alpha supplies Beta. Official finding. Source: Rule (US BIS, 2023-09-25).`
 */
export function linkAnnouncement(
  index: DatasetIndex,
  linkId: string,
  place: { position: number; of: number } | null = null,
): string {
  const link = index.linkById.get(linkId);
  if (!link) throw new Error(`linkAnnouncement: no link ${linkId}`);
  const sources = link.sources
    .map((id) => index.dataset.sources.find((source) => source.id === id))
    .filter((source) => source !== undefined)
    .map(sourceCitation);
  return [
    `${place ? `Link ${place.position} of ${place.of}: ` : ''}${linkSentence(index, link)}`,
    evidenceText(link),
    ...(sources.length > 0 ? [`${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.join('; ')}`] : []),
  ]
    .map((sentence) => `${sentence}.`)
    .join(' ');
}

/** The walk's other messages: at an edge of the network, on a lone entity, after a whole-network key. */
export const WALK_MESSAGES = {
  nothingShown: 'No entity is shown.',
  noneThatWay: (direction: 'up' | 'down' | 'left' | 'right') => `Nothing further ${direction}.`,
  noLinks: (name: string) => `${name} has no links shown.`,
  cleared: 'Focus cleared.',
  wholeNetwork: (entities: number) => `Whole network shown: ${plural(entities, 'entity', 'entities')}.`,
  selected: (name: string, detailsShown: boolean) =>
    detailsShown ? `${name} selected. Its details are open.` : `${name} selected.`,
} as const;
