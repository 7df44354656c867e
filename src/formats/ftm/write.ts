import type { Dataset, Entity, Link, Listing, Round } from '../../model/types';
import { exportIndex } from '../shared/exportIndex';
import { ftmEntityLines, type Cite, type FtmEntity } from './entityLines';
import { cleanProperties as clean, documentId, escapeNote, EXPORT_EDGE, FTM_EDGES, MARKERS, NONE } from './vocabulary';

/**
 * FollowTheMoney entities, one JSON object per line as OpenSanctions ships them: each entity under its
 * schema (Company, Person, PublicBody, Organization, Vessel, Airplane; a programme is an Organization
 * marked `Kind: programme`) with its caption, countries by meaning, Address and Identification
 * entities; a `Sanction` per listing with its dates, programme, citation and end; each link in its FtM
 * schema (Ownership with its percentage, Directorship, Family, Payment, …), kinds FtM lacks (supplies,
 * ships, part of …) as an `UnknownLink` whose first role is the kind. Each source is a `Document` that
 * records cite as `proof`, besides `sourceUrl` and `publisher` for tools that read only those. A
 * Sanction carries its round: `programId` is the round's id, `program` its list; what FtM has no
 * property for goes in marker lines (`vocabulary.ts`) that the import reads back.
 */
export function toFtmLines(dataset: Dataset): string {
  const { sourceById, roundById } = exportIndex(dataset);
  const urls = (ids: readonly string[]) => ids.map((id) => sourceById.get(id)?.url).filter((u) => u !== undefined);
  const publishers = (ids: readonly string[]) => [
    ...new Set(ids.map((id) => sourceById.get(id)?.publisher).filter((p) => p !== undefined)),
  ];
  const cite = (ids: readonly string[]) => ({
    sourceUrl: urls(ids),
    publisher: publishers(ids),
    proof: ids.map(documentId),
  });
  const listed = new Set(dataset.listings.map((l) => l.entity));
  const people = new Set(dataset.entities.filter((e) => e.kind === 'person').map((e) => e.id));

  const documents: FtmEntity[] = dataset.sources.map((s) => ({
    id: documentId(s.id),
    schema: 'Document',
    properties: clean({
      title: [s.title],
      publisher: [s.publisher],
      date: [s.date],
      sourceUrl: [s.url],
      description: [s.notes],
    }),
  }));
  const parts = dataset.entities.map((e: Entity) => ftmEntityLines(e, listed.has(e.id), cite));
  // An entity listed twice in one round (two entries of one list) gets a second Sanction id.
  const repeats = new Map<string, number>();
  const sanctions = dataset.listings.map((l) => {
    const base = `${l.entity}--${l.round}`;
    const n = (repeats.get(base) ?? 0) + 1;
    repeats.set(base, n);
    return sanctionOf(l, roundById.get(l.round)!, cite, n === 1 ? base : `${base}--${n}`);
  });
  const links = dataset.links.map((l) => linkOf(l, people, cite));
  const lines = [
    ...documents,
    ...parts.map((p) => p.entity),
    ...parts.flatMap((p) => p.attached),
    ...sanctions,
    ...links,
  ];
  return lines.map((entity) => JSON.stringify(entity)).join('\n') + '\n';
}

/**
 * A listing as a Sanction. Its own date, publication and citation take the standard properties (they are
 * what holds for this entity); the round's, when the listing overrides them, go in marker lines.
 */
function sanctionOf(l: Listing, round: Round, cite: Cite, id: string): FtmEntity {
  const markers = [
    l.date !== undefined && `${MARKERS.roundDate}${round.date ?? NONE}`,
    l.listedOn !== undefined && `${MARKERS.roundPublished}${round.published ?? NONE}`,
    l.citation !== undefined && `${MARKERS.roundCitation}${round.citation ?? NONE}`,
    round.programme && `${MARKERS.roundProgramme}${round.programme}`,
    l.end?.reason && `${MARKERS.endReason}${l.end.reason}`,
    l.end?.sources?.length && `${MARKERS.endSources}${l.end.sources.join(' ')}`,
  ];
  return {
    id,
    schema: 'Sanction',
    properties: clean({
      entity: [l.entity],
      authority: [round.authority],
      program: [round.list, l.programme],
      startDate: [l.date ?? round.date],
      listingDate: [l.listedOn ?? round.published ?? round.date],
      endDate: [l.end?.date],
      status: [l.end?.status],
      authorityId: [l.citation ?? round.citation],
      programId: [round.id],
      reason: [l.reason],
      summary: [round.summary],
      description: [
        escapeNote(l.notes),
        l.uncertain && `${MARKERS.uncertain}${l.uncertain}`,
        ...markers.map((m) => m || undefined),
      ],
      ...cite(l.sources),
      // The round's sources stand behind the listing too; tools that read only URLs get them all.
      sourceUrl: cite([...l.sources, ...round.sources]).sourceUrl!,
    }),
  };
}

/** A link in its FtM schema; a family or associate tie that is not between two people goes in an UnknownLink. */
function linkOf(l: Link, people: ReadonlySet<string>, cite: Cite): FtmEntity {
  const personal = EXPORT_EDGE[l.kind] === 'Family' || EXPORT_EDGE[l.kind] === 'Associate';
  const schema = personal && !(people.has(l.source) && people.has(l.target)) ? 'UnknownLink' : EXPORT_EDGE[l.kind];
  const edge = FTM_EDGES.find((e) => e.schema === schema)!;
  const ownership = schema === 'Ownership';
  return {
    id: l.id,
    schema,
    properties: clean({
      [edge.source]: [l.source],
      [edge.target]: [l.target],
      [edge.roleProperties[0]!]: schema === 'UnknownLink' ? [l.kind, l.role] : [l.role],
      percentage: [ownership && l.share !== undefined ? String(l.share) : undefined],
      startDate: [l.period?.from],
      endDate: [l.period?.to],
      summary: l.items,
      description: [
        `${MARKERS.confidence}${l.confidence}`,
        escapeNote(l.notes),
        l.uncertain && `${MARKERS.uncertain}${l.uncertain}`,
        !ownership && l.share !== undefined ? `${MARKERS.share}${l.share}` : undefined,
        ...(l.quotes ?? []).map((q) => `${MARKERS.quote}${q.source}: ${q.text}`),
      ],
      ...cite(l.sources),
    }),
  };
}
