/**
 * The wording for an entity's standing and a link's evidence, in one place: the details panel, the
 * hover card, the round caption and the keyboard walk's announcements all read it from here.
 */
import { listingsInForce, type SanctionStatus } from '../analysis/sanctionStatus';
import { listingSince, type DatasetIndex } from '../model/datasetIndex';
import { DATE_UNKNOWN } from '../model/rounds';
import type { Entity, Link, Source } from '../model/types';
import { LINK_KIND_PHRASES } from './labels';
import { CONFIDENCE_LINES } from './palette';

const STATUS_TEXT: Readonly<Record<SanctionStatus, string>> = {
  sanctioned: 'Sanctioned',
  'date-unknown': 'Listed, date unknown',
  delisted: 'Delisted',
  'not-yet-listed': 'Not yet listed',
  'never-listed': 'Not listed',
};

/** `Sanctioned as of 2023-09-25`; `Listed, date unknown` has no "as of": no source dates it. */
export function statusText(status: SanctionStatus, asOf: string | null): string {
  return `${STATUS_TEXT[status]}${asOf && status !== 'date-unknown' ? ` as of ${asOf}` : ''}`;
}

/** Who lists an entity on `asOf`, one phrase per listing in force: `Listed by US BIS (Entity List, 2023-09-25)`. */
export function listedByPhrases(index: DatasetIndex, entityId: string, asOf: string | null): string[] {
  return listingsInForce(index, entityId, asOf).map((listing) => {
    const round = index.roundById.get(listing.round)!;
    const since = listingSince(listing, index.roundById) ?? DATE_UNKNOWN;
    return `Listed by ${round.authority} (${round.list}, ${since})${listing.uncertain ? ' (uncertain)' : ''}`;
  });
}

/** `supplier (company)`. */
export const roleText = (entity: Pick<Entity, 'role' | 'kind'>): string => `${entity.role} (${entity.kind})`;

/** `Sky Link supplies Orion Drones`. */
export function linkSentence(index: DatasetIndex, link: Link): string {
  const name = (id: string) => index.entityById.get(id)?.name ?? id;
  return `${name(link.source)} ${LINK_KIND_PHRASES[link.kind]} ${name(link.target)}`;
}

/** The evidence grade: `Official finding`, `Reported (uncertain: see details)`. */
export const evidenceText = (link: Pick<Link, 'confidence' | 'uncertain'>): string =>
  `${CONFIDENCE_LINES[link.confidence].label}${link.uncertain ? ' (uncertain: see details)' : ''}`;

/** A source as cited in a sentence: `Entity List additions (US BIS, 2023-09-25)`. */
export const sourceCitation = (source: Pick<Source, 'title' | 'publisher' | 'date'>): string =>
  `${source.title} (${source.publisher}${source.date ? `, ${source.date}` : ''})`;
