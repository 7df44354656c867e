import { UNKNOWN_COUNTRY } from '../../model/countries';
import type { Dataset, EntityKind, LinkKind } from '../../model/types';
import { exportIndex } from './exportIndex';

const SCHEMA_OF_KIND: Record<EntityKind, string> = {
  company: 'Company',
  person: 'Person',
  agency: 'PublicBody',
  organisation: 'Organization',
  programme: 'Organization',
  vessel: 'Vessel',
  aircraft: 'Airplane',
};

interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/**
 * FollowTheMoney entities, one JSON object per line as OpenSanctions ships them: companies, people,
 * public bodies and organisations; a `Sanction` per listing; `Ownership` and `Employment` for owns and
 * employs; `UnknownLink` with a role for supply, shipping, payment and procurement. Items go in
 * `summary`, confidence and notes in `description`. Each source is a `Document` that records cite as
 * `proof`, besides `sourceUrl` and `publisher` for tools that read only those. A Sanction carries its
 * round: `programId` is the round's id, `authorityId` its citation, `listingDate` its publication,
 * `summary` its published counts.
 */
export function toFtmLines(dataset: Dataset): string {
  const { sourceById, roundById } = exportIndex(dataset);
  const urls = (ids: readonly string[]) => ids.map((id) => sourceById.get(id)?.url).filter((u) => u !== undefined);
  const publishers = (ids: readonly string[]) => [...new Set(ids.map((id) => sourceById.get(id)?.publisher).filter((p) => p !== undefined))];
  const listed = new Set(dataset.listings.map((l) => l.entity));

  const entities: FtmEntity[] = dataset.entities.map((e) => ({
    id: e.id,
    schema: SCHEMA_OF_KIND[e.kind],
    properties: clean({
      name: [e.name],
      alias: e.aliases,
      country: [e.country === UNKNOWN_COUNTRY ? undefined : e.country.toLowerCase()],
      address: [e.city],
      notes: [escapeNote(e.notes), e.uncertain && `Uncertain: ${e.uncertain}`, `Role: ${e.role}`],
      topics: [listed.has(e.id) ? 'sanction' : undefined],
      sourceUrl: urls(e.sources),
      publisher: publishers(e.sources),
      proof: proofOf(e.sources),
    }),
  }));
  const documents: FtmEntity[] = dataset.sources.map((s) => ({
    id: documentId(s.id),
    schema: 'Document',
    properties: clean({ title: [s.title], publisher: [s.publisher], date: [s.date], sourceUrl: [s.url], description: [s.notes] }),
  }));
  const sanctions: FtmEntity[] = dataset.listings.map((l) => {
    const round = roundById.get(l.round)!;
    return {
      id: `${l.entity}--${l.round}`,
      schema: 'Sanction',
      properties: clean({
        entity: [l.entity],
        authority: [round.authority],
        program: [round.list],
        startDate: [round.date],
        listingDate: [round.published ?? round.date],
        authorityId: [round.citation],
        programId: [round.id],
        reason: [l.reason],
        summary: [round.summary],
        description: [escapeNote(l.notes), l.uncertain && `Uncertain: ${l.uncertain}`],
        sourceUrl: urls([...l.sources, ...round.sources]),
        publisher: publishers(l.sources),
        proof: proofOf(l.sources),
      }),
    };
  });
  const links: FtmEntity[] = dataset.links.map((l) => ({ id: l.id, schema: LINK_SCHEMA[l.kind], properties: clean({ ...linkEnds(l.kind, l.source, l.target), startDate: [l.period?.from], endDate: [l.period?.to], summary: l.items, description: [`confidence: ${l.confidence}`, escapeNote(l.notes), l.uncertain && `Uncertain: ${l.uncertain}`], sourceUrl: urls(l.sources), publisher: publishers(l.sources), proof: proofOf(l.sources) }) }));
  return [...documents, ...entities, ...sanctions, ...links].map((entity) => JSON.stringify(entity)).join('\n') + '\n';
}

/**
 * The export writes `Role: `, `Uncertain: ` and `confidence: ` lines of its own beside the user's notes;
 * notes that begin like one of them (or like this escape) get `Note: ` in front, which the import removes.
 */
export function escapeNote(text: string | undefined): string | undefined {
  return text && NOTE_MARKER.test(text) ? `Note: ${text}` : text;
}
const NOTE_MARKER = /^(Note|Role|Uncertain|confidence): /;

const proofOf = (ids: readonly string[]) => ids.map(documentId);

/** A source's Document id: prefixed, so it cannot be an entity's id too. */
export function documentId(sourceId: string): string {
  return `source:${sourceId}`;
}

const LINK_SCHEMA: Record<LinkKind, string> = {
  owns: 'Ownership',
  employs: 'Employment',
  supplies: 'UnknownLink',
  ships: 'UnknownLink',
  pays: 'UnknownLink',
  'procures-for': 'UnknownLink',
  'produces-for': 'UnknownLink',
  'associated-with': 'UnknownLink',
  controls: 'UnknownLink',
  'part-of': 'UnknownLink',
  directs: 'UnknownLink',
  'member-of': 'UnknownLink',
  represents: 'UnknownLink',
  family: 'UnknownLink',
};

function linkEnds(kind: LinkKind, source: string, target: string): Record<string, string[]> {
  if (kind === 'owns') return { owner: [source], asset: [target] };
  if (kind === 'employs') return { employer: [source], employee: [target] };
  return { subject: [source], object: [target], role: [kind] };
}

/** Drops empty values and properties left with none. */
function clean(properties: Record<string, Array<string | undefined>>): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(properties)) {
    const present = values.filter((value): value is string => Boolean(value));
    if (present.length > 0) kept[key] = present;
  }
  return kept;
}
