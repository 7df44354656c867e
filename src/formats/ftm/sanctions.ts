import { documentId, isMarker, MARKERS, NONE, unescapeNote } from './vocabulary';
import type { Loose } from '../../model/loose';
import { LISTING_END_STATUSES } from '../../model/schema';
import { datesOf, firstText, texts, type FtmRecord } from './records';
import type { FtmSources } from './sources';

const ROUND_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
/** Sanction statuses that say a listing has ended, in the words lists use, and the end they are. */
const END_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/delist|remov|revok|lifted|withdraw|annul|terminat|cancel/i, 'delisted'],
  [/expir|inactive|lapse/i, 'expired'],
  [/suspend/i, 'suspended'],
  [/replac|supersed/i, 'replaced'],
];
/** Statuses that only say the listing is in force: nothing to note. */
const IN_FORCE = /^(active|sanctioned|current|in force|listed)$/i;

export interface SanctionContext {
  sources: FtmSources;
  /** Today, `YYYY-MM-DD`: a listing whose end date has passed has expired, one whose end is to come has not. */
  today: string;
  problem: (line: number, message: string) => void;
}

/**
 * `Sanction` records as listings, grouped into rounds by authority, list, programme and date; one with
 * no date goes into an undated round of its authority and list. Records of Supply Lines' own export
 * name their round in `programId` and carry what FtM has no property for in marker lines.
 */
export class FtmSanctions {
  readonly rounds: Loose[] = [];
  readonly listings: Loose[] = [];
  readonly roundLines: number[] = [];
  readonly listingLines: number[] = [];
  private readonly roundByKey = new Map<string, string>();
  private readonly usedRoundIds = new Set<string>();

  constructor(private readonly context: SanctionContext) {}

  /** Lists each of `targets` (entity ids) as the record says. */
  add(record: FtmRecord, targets: readonly string[]): void {
    const own = this.context.sources.isOwn(record);
    const descriptions = texts(record, 'description');
    const marked = (marker: string) =>
      own ? descriptions.find((d) => d.startsWith(marker))?.slice(marker.length) : undefined;
    const problem = (message: string) => this.context.problem(record.line, message);
    const starts = datesOf(record, 'startDate', problem);
    const listedOn = datesOf(record, 'listingDate', problem);
    const plain = datesOf(record, 'date', problem);
    const ends = datesOf(record, 'endDate', problem);
    const programs = texts(record, 'program');
    const programId = firstText(record, 'programId');
    const sources = this.context.sources.citedBy(record);

    const round: Loose = { authority: firstText(record, 'authority') ?? 'Unknown authority' };
    const listing: Loose = {};
    const notes: string[] = [];
    if (own) {
      round.list = programs[0] ?? 'Sanctions';
      const roundDate = marked(MARKERS.roundDate);
      round.date = roundDate === undefined ? starts[0] : orNone(roundDate);
      if (roundDate !== undefined) listing.date = starts[0];
      const published = marked(MARKERS.roundPublished);
      round.published =
        published === undefined ? (listedOn[0] !== round.date ? listedOn[0] : undefined) : orNone(published);
      if (published !== undefined) listing.listedOn = listedOn[0];
      const citation = marked(MARKERS.roundCitation);
      round.citation = citation === undefined ? firstText(record, 'authorityId') : orNone(citation);
      if (citation !== undefined) listing.citation = firstText(record, 'authorityId');
      round.programme = marked(MARKERS.roundProgramme);
      round.summary = firstText(record, 'summary');
      listing.programme = programs[1];
      listing.end = this.ownEnd(record, ends[0], marked);
      listing.uncertain = marked(MARKERS.uncertain);
      notes.push(...descriptions.filter((d) => !isMarker(d)).map(unescapeNote));
    } else {
      round.list = programs[0] ?? programId ?? 'Sanctions';
      round.programme = programId !== round.list ? programId : undefined;
      round.date = starts[0] ?? listedOn[0] ?? plain[0];
      listing.listedOn = listedOn[0] !== round.date ? listedOn[0] : undefined;
      listing.programme = programs.length > 1 ? programs.slice(1).join('; ') : undefined;
      listing.citation = texts(record, 'authorityId', 'unscId').join('; ') || undefined;
      const further = [...starts.slice(1), ...listedOn.slice(1)].filter(
        (d) => d !== round.date && d !== listing.listedOn,
      );
      if (further.length > 0) notes.push(`Also dated ${[...new Set(further)].sort().join(', ')} in the record.`);
      listing.end = this.readEnd(record, ends.at(-1), notes);
      notes.push(...descriptions, ...texts(record, 'summary'));
      const provisions = texts(record, 'provisions');
      if (provisions.length > 0) notes.push(`Provisions: ${provisions.join('; ')}.`);
    }
    const end = listing.end as Loose | undefined;
    if (listing.date && end?.date && String(listing.date) > String(end.date)) {
      problem(
        `Sanction "${record.id}" ends (${String(end.date)}) before it starts (${String(listing.date)}); the end is passed over`,
      );
      listing.end = undefined;
    }
    listing.reason = texts(record, 'reason').join(' ') || undefined;
    listing.notes = notes.join(' ') || undefined;
    const roundId = this.roundFor(
      round,
      own && programId && ROUND_ID.test(programId) ? programId : undefined,
      record.line,
      sources,
    );
    for (const entity of targets) this.list(entity, roundId, { ...listing, sources }, record.line);
  }

  /** The end a Supply Lines export wrote: its status word, end date, and marker lines for reason and sources. */
  private ownEnd(
    record: FtmRecord,
    date: string | undefined,
    marked: (marker: string) => string | undefined,
  ): Loose | undefined {
    const status = firstText(record, 'status');
    if (!status || !(LISTING_END_STATUSES as readonly string[]).includes(status)) return undefined;
    const reason = marked(MARKERS.endReason);
    const cited = marked(MARKERS.endSources);
    const sources = cited ? this.context.sources.byDocumentIds(cited.split(' ').map(documentId)) : [];
    return clean({ status, date, reason, sources: sources.length > 0 ? sources : undefined });
  }

  /**
   * The end of a listing as a list states it: a status that says delisted, expired, suspended or
   * replaced; else an end date that has passed (expired). An end date still to come is noted, not an end.
   */
  private readEnd(record: FtmRecord, date: string | undefined, notes: string[]): Loose | undefined {
    const status = texts(record, 'status').join('; ');
    const said = END_WORDS.find(([words]) => words.test(status))?.[1];
    if (status && !said && !IN_FORCE.test(status)) notes.push(`Status: ${status}.`);
    if (said) return clean({ status: said, date });
    if (date && date <= this.context.today) return { status: 'expired', date };
    if (date) notes.push(`In force until ${date}.`);
    return undefined;
  }

  /** The id of the round these fields describe, made the first time they are met. */
  private roundFor(fields: Loose, ownId: string | undefined, line: number, sources: string[]): string {
    const key = [ownId ?? '', fields.authority, fields.list, fields.programme ?? '', fields.date ?? 'undated'].join(
      '\u0000',
    );
    const known = this.roundByKey.get(key);
    if (known) return known;
    const named =
      slug(String(fields.programme ?? '')) || slug(`${String(fields.authority)}-${String(fields.list)}`) || 'sanctions';
    const preferred = ownId ?? `${named}-${String(fields.date ?? 'undated')}`;
    let id = preferred;
    for (let n = 2; this.usedRoundIds.has(id); n++) id = `${preferred}-${n}`;
    this.usedRoundIds.add(id);
    this.roundByKey.set(key, id);
    this.rounds.push(clean({ id, ...fields, sources }));
    this.roundLines.push(line);
    return id;
  }

  /** Adds a listing: every Sanction record is one, even where a list holds two entries for one party in one round. */
  private list(entity: string, round: string, fields: Loose, line: number): void {
    this.listings.push(clean({ entity, round, ...fields }));
    this.listingLines.push(line);
  }
}

const orNone = (value: string) => (value === NONE ? undefined : value);

function slug(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^A-Za-z0-9]+|-+$/g, '')
    .slice(0, 120);
}

/** The fields that have a value. */
function clean(fields: Loose): Loose {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
