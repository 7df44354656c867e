import { isKnownCountry, UNKNOWN_COUNTRY } from '../model/countries';
import { CONFIDENCES, LINK_KINDS, ROLES } from '../model/schema';
import type { ImportDraft, ImportProblem } from './importTypes';
import { salvage } from './salvage';

interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, unknown[]>;
  referents?: unknown[];
  caption?: string;
}
type Loose = Record<string, unknown>;

const KIND_OF_SCHEMA: Record<string, string> = {
  Person: 'person',
  PublicBody: 'agency',
  Organization: 'organisation',
  Company: 'company',
  LegalEntity: 'company',
};
const ROUND_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
/** FtM link schemata: which property holds each end, and the link kind they become. */
const LINK_SCHEMATA: Record<string, { source: string; target: string; kind: string }> = {
  Ownership: { source: 'owner', target: 'asset', kind: 'owns' },
  Directorship: { source: 'organization', target: 'director', kind: 'employs' },
  Employment: { source: 'employer', target: 'employee', kind: 'employs' },
  Membership: { source: 'organization', target: 'member', kind: 'associated-with' },
  Family: { source: 'person', target: 'relative', kind: 'associated-with' },
  Associate: { source: 'person', target: 'associate', kind: 'associated-with' },
  UnknownLink: { source: 'subject', target: 'object', kind: 'associated-with' },
};

/**
 * FollowTheMoney JSON lines, as OpenSanctions ships them (`entities.ftm.json`, and
 * `targets.nested.json` whose properties hold whole entities). Companies, organisations, public bodies
 * and people become entities; `Sanction` records become listings, grouped into rounds by authority,
 * programme and date; ownership, directorship, employment, membership, family, associate and unknown
 * links become links. Ids named in `referents` resolve to the entity that lists them.
 */
export function parseFtm(text: string, file: string, onProgress: (fraction: number) => void = () => {}): ImportDraft {
  const problems: ImportProblem[] = [];
  const records: Array<{ entity: FtmEntity; line: number }> = [];
  const textLines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  textLines.forEach((raw, i) => {
    if (i % 5000 === 0) onProgress(i / textLines.length);
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push({ file, line: i + 1, message: `is not valid JSON: ${(error as Error).message}` });
      return;
    }
    collect(value, i + 1, records, (message) => problems.push({ file, line: i + 1, message }));
  });

  const canonical = new Map<string, string>();
  for (const { entity } of records) for (const ref of Array.isArray(entity.referents) ? entity.referents : []) if (typeof ref === 'string') canonical.set(ref, entity.id);
  const resolve = (id: unknown) => (typeof id === 'string' ? canonical.get(id) ?? id : undefined);
  const first = (e: FtmEntity, ...props: string[]) => props.map((p) => e.properties[p]?.find((v) => typeof v === 'string') as string | undefined).find(Boolean);
  const all = (e: FtmEntity, ...props: string[]) => props.flatMap((p) => (e.properties[p] ?? []).filter((v): v is string => typeof v === 'string'));

  const sources: Loose[] = [];
  // Ids this import makes (the file, a URL) are chosen clear of the Documents' ids.
  const takenSourceIds = new Set<string>();
  const freeSourceId = (preferred: string) => {
    let id = preferred;
    for (let n = 2; takenSourceIds.has(id); n++) id = `${preferred}-${n}`;
    takenSourceIds.add(id);
    return id;
  };
  const fileSource = { id: '', title: file, publisher: 'Imported file' };
  const citeFile = () => {
    if (!fileSource.id) {
      fileSource.id = freeSourceId('file');
      sources.push(fileSource);
    }
    return [fileSource.id];
  };
  // Documents are sources; records cite them as `proof` (a Supply Lines export does).
  const documents = new Map<string, string>();
  for (const { entity: e } of records) {
    if (e.schema !== 'Document') continue;
    const id = e.id.startsWith('source:') ? e.id.slice(7) : e.id;
    documents.set(e.id, id);
    takenSourceIds.add(id);
    const date = first(e, 'date', 'publishedAt')?.slice(0, 10);
    sources.push({
      id,
      title: first(e, 'title', 'fileName', 'name') ?? e.id,
      publisher: first(e, 'publisher') ?? 'Unknown publisher',
      ...(date ? { date } : {}),
      ...(first(e, 'sourceUrl') ? { url: first(e, 'sourceUrl') } : {}),
      ...(first(e, 'description') ? { notes: first(e, 'description') } : {}),
    });
  }
  const sourceByUrl = new Map<string, Loose>();
  const sourceFor = (e: FtmEntity): string[] => {
    const proofs = all(e, 'proof').map((id) => documents.get(id));
    if (proofs.length > 0 && proofs.every((id) => id !== undefined)) return proofs as string[];
    const urls = all(e, 'sourceUrl');
    const publisher = first(e, 'publisher');
    const ids = urls.map((url) => {
      let source = sourceByUrl.get(url);
      if (!source) {
        source = { id: freeSourceId(`src-${sources.length}`), title: url, publisher: publisher ?? hostname(url), url };
        sources.push(source);
        sourceByUrl.set(url, source);
      }
      return source.id as string;
    });
    return ids.length > 0 ? ids : citeFile();
  };

  const raw = { sources, rounds: [] as Loose[], entities: [] as Loose[], listings: [] as Loose[], links: [] as Loose[] };
  const lines = new Map<string, number>();
  const roundIds = new Map<string, string>();
  const usedRoundIds = new Set<string>();
  const at = (name: keyof typeof raw, line: number) => lines.set(`${name}[${raw[name].length}]`, line);
  for (const { entity: e, line } of records) {
    const entityKind = KIND_OF_SCHEMA[e.schema];
    if (entityKind) {
      const code = (first(e, 'country', 'jurisdiction', 'nationality', 'citizenship') ?? '').toUpperCase();
      if (code && !isKnownCountry(code)) problems.push({ file, line, message: `country "${code.toLowerCase()}" is not an ISO code; filed under Unknown` });
      const roleNote = all(e, 'notes').find((n) => n.startsWith('Role: '))?.slice(6);
      at('entities', line);
      raw.entities.push({
        id: e.id,
        name: first(e, 'name') ?? e.caption ?? e.id,
        aliases: [...new Set(all(e, 'alias', 'weakAlias', 'previousName'))],
        kind: entityKind,
        role: roleNote && (ROLES as readonly string[]).includes(roleNote) ? roleNote : 'other',
        country: code && isKnownCountry(code) ? code : UNKNOWN_COUNTRY,
        ...(first(e, 'address') ? { city: first(e, 'address') } : {}),
        ...(notesOf(all(e, 'notes')) ? { notes: notesOf(all(e, 'notes')) } : {}),
        ...uncertainOf(all(e, 'notes')),
        sources: sourceFor(e),
      });
    } else if (e.schema === 'Sanction') {
      const date = first(e, 'startDate', 'listingDate', 'date', 'modifiedAt')?.slice(0, 10);
      const authority = first(e, 'authority') ?? 'Unknown authority';
      const list = first(e, 'program', 'programId') ?? 'Sanctions';
      if (!date) {
        problems.push({ file, line, message: `Sanction "${e.id}" has no date, so it fits no round; left out` });
        continue;
      }
      // A Supply Lines export names each Sanction's round in programId; other files get one round per
      // authority, programme and date. Either way a round's id is unique: a taken one gets a suffix.
      const programId = first(e, 'programId');
      const key = programId && ROUND_ID.test(programId) ? `id\u0000${programId}\u0000${authority}\u0000${list}\u0000${date}` : `${authority}\u0000${list}\u0000${date}`;
      let roundId = roundIds.get(key);
      if (!roundId) {
        const preferred = programId && ROUND_ID.test(programId) ? programId : `${authority}-${list}-${date}`.replace(/[^A-Za-z0-9._:-]+/g, '-').slice(0, 190);
        roundId = preferred;
        for (let n = 2; usedRoundIds.has(roundId); n++) roundId = `${preferred}-${n}`;
        usedRoundIds.add(roundId);
        roundIds.set(key, roundId);
        const published = first(e, 'listingDate')?.slice(0, 10);
        at('rounds', line);
        raw.rounds.push({
          id: roundId,
          authority,
          list,
          date,
          ...(published && published !== date ? { published } : {}),
          ...(first(e, 'authorityId') ? { citation: first(e, 'authorityId') } : {}),
          ...(first(e, 'summary') ? { summary: first(e, 'summary') } : {}),
          sources: sourceFor(e),
        });
      }
      const descriptions = all(e, 'description');
      const notes = descriptions.filter((d) => !d.startsWith('Uncertain: ')).map(unescapeNote).join(' ');
      for (const target of all(e, 'entity')) {
        at('listings', line);
        raw.listings.push({
          entity: resolve(target),
          round: roundId,
          ...(first(e, 'reason') ? { reason: first(e, 'reason') } : {}),
          ...(notes ? { notes } : {}),
          ...uncertainOf(descriptions),
          sources: sourceFor(e),
        });
      }
    } else if (LINK_SCHEMATA[e.schema]) {
      const shape = LINK_SCHEMATA[e.schema]!;
      const role = first(e, 'role');
      const kind = role && (LINK_KINDS as readonly string[]).includes(role) ? role : shape.kind;
      const descriptions = all(e, 'description');
      const confidence = descriptions.map((d) => d.match(/^confidence: (\w+)$/)?.[1]).find((c) => c && (CONFIDENCES as readonly string[]).includes(c));
      const notes = [...descriptions.filter((d) => !/^confidence: \w+$/.test(d) && !d.startsWith('Uncertain: ')).map(unescapeNote), ...(role && role !== kind ? [`Role in the file: ${role}`] : [])].join(' ');
      const period = { ...(first(e, 'startDate') ? { from: first(e, 'startDate')!.slice(0, 10) } : {}), ...(first(e, 'endDate') ? { to: first(e, 'endDate')!.slice(0, 10) } : {}) };
      at('links', line);
      raw.links.push({
        id: e.id,
        source: resolve(first(e, shape.source)),
        target: resolve(first(e, shape.target)),
        kind,
        items: all(e, 'summary'),
        confidence: confidence ?? 'reported',
        ...(Object.keys(period).length > 0 ? { period } : {}),
        ...(notes ? { notes } : {}),
        ...uncertainOf(descriptions),
        sources: sourceFor(e),
      });
    }
  }
  const name = file.replace(/\.(ftm\.)?jsonl?$|\.json$/i, '');
  const salvaged = salvage(raw, file, name, (path) => lines.get(path.match(/^[a-z]+\[\d+\]/)?.[0] ?? ''));
  return { name, dataset: salvaged.dataset, problems: [...problems, ...salvaged.problems] };
}

/** How deep entities may nest in one another's properties; OpenSanctions nests one or two levels. */
const MAX_NESTING = 100;

/** Adds an FtM entity and any whole entities nested in its properties (targets.nested.json). */
function collect(value: unknown, line: number, out: Array<{ entity: FtmEntity; line: number }>, warn: (message: string) => void, depth = 0): string | undefined {
  if (!isEntity(value)) {
    warn('is not a FollowTheMoney entity (it needs "id", "schema" and "properties")');
    return undefined;
  }
  if (depth > MAX_NESTING) {
    warn(`nests entities more than ${MAX_NESTING} levels deep; "${value.id}" and what it holds are passed over`);
    return undefined;
  }
  // No prototype: a key such as "__proto__" in the file stays a plain key.
  const properties: Record<string, unknown[]> = Object.create(null);
  for (const [key, values] of Object.entries(value.properties)) {
    if (!Array.isArray(values)) continue;
    properties[key] = values.map((v) => (isEntity(v) ? collect(v, line, out, warn, depth + 1) : v)).filter((v) => v !== undefined);
  }
  out.push({ entity: { ...value, properties }, line });
  return value.id;
}

function isEntity(value: unknown): value is FtmEntity {
  const v = value as Loose | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.schema === 'string' && typeof v.properties === 'object' && v.properties !== null;
}

/** The text a Supply Lines export wrote as `Uncertain: …`, as the record's `uncertain`. */
function uncertainOf(texts: string[]): { uncertain?: string } {
  const uncertain = texts.find((t) => t.startsWith('Uncertain: '))?.slice(11);
  return uncertain ? { uncertain } : {};
}

function notesOf(notes: string[]): string | undefined {
  return notes.filter((n) => !n.startsWith('Role: ') && !n.startsWith('Uncertain: ')).map(unescapeNote).join(' ') || undefined;
}

/** A note the export escaped because it began like one of its own lines (see escapeNote), as written. */
function unescapeNote(text: string): string {
  return text.startsWith('Note: ') ? text.slice(6) : text;
}

function hostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
