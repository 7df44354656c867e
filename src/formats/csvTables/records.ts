import { restoreRound } from '../../model/migrate';
import { isObject, type Loose } from '../../model/loose';
import { readFacts, type EntityFact, type EntityFacts } from '../shared/factsFromText';
import { listingFields } from '../shared/listingEntry';

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;

/**
 * The `supply_lines` records of a CSV export (see formats/shared/graphAttributes.ts), read back into
 * sources, rounds, listings and an entity's countries, addresses and identifiers. Each source or round is added once; one whose id is taken by a
 * different record (an imported file's own source, say) gets a new id, and the record's citations
 * follow it.
 */
export class CsvRecords {
  private readonly byContent = { sources: new Map<string, string>(), rounds: new Map<string, string>() };
  private readonly used = { sources: new Set<string>(), rounds: new Set<string>() };

  constructor(private readonly raw: { sources: Loose[]; rounds: Loose[]; listings: Loose[] }) {}

  /** A free id for a source the file itself makes (the file, a URL): `preferred`, or it with a suffix. */
  claimSourceId(preferred: string): string {
    let id = preferred;
    for (let n = 2; this.used.sources.has(id); n++) id = `${preferred}-${n}`;
    this.used.sources.add(id);
    return id;
  }

  /** The JSON of a record cell, or undefined (with a problem) when it is not a JSON object. */
  parse(cell: string, warn: (message: string) => void): Loose | undefined {
    if (!cell) return undefined;
    try {
      const value: unknown = JSON.parse(cell);
      if (isObject(value)) return value;
    } catch {
      // Said below.
    }
    warn('has a supply_lines cell that is not a record; the row is read from its other columns');
    return undefined;
  }

  /** The record's sources added, and its citations (the `source_ids` cell) in the ids they now have. */
  citations(record: Loose, sourceIdsCell: string): string[] | undefined {
    const ids = this.addAll('sources', record.sources);
    const cited = sourceIdsCell
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    const mapped = cited.map((id) => ids.get(id));
    return mapped.length > 0 && mapped.every((id) => id !== undefined) ? (mapped as string[]) : undefined;
  }

  /** An entity record's listings, with their rounds and sources, added for the entity `entityId`. */
  listings(record: Loose, entityId: string, mark: (path: string) => void, warn: (message: string) => void) {
    const sourceIds = this.addAll('sources', record.sources);
    const cite = (ids: unknown) => (strings(ids) ?? []).map((id) => sourceIds.get(id) ?? id);
    const roundIds = this.addAll('rounds', record.rounds, (round) => ({
      ...(restoreRound(round) as Loose),
      sources: cite(round.sources),
    }));
    const roundDates = new Map(
      (Array.isArray(record.rounds) ? record.rounds : []).filter(isObject).map((round) => [round.id, round.date]),
    );
    for (const entry of Array.isArray(record.listings) ? record.listings : []) {
      if (!isObject(entry) || typeof entry.round !== 'string') continue;
      const citeEnd = (ids: unknown) =>
        cite(
          (strings(ids) ?? []).filter(
            (id) =>
              sourceIds.has(id) ||
              (warn(
                `the end of its listing in "${entry.round}" cites source "${id}", which its record lacks; the citation is dropped`,
              ),
              false),
          ),
        );
      const fields = listingFields(entry, { entry: true, roundDate: roundDates.get(entry.round), citeEnd });
      mark(`listings[${this.raw.listings.length}]`);
      this.raw.listings.push({
        entity: entityId,
        round: roundIds.get(entry.round) ?? entry.round,
        ...fields,
        sources: cite(entry.source_ids),
      });
    }
  }

  /** An entity's countries, addresses or identifiers: the record's list while its cell says the same, else the cell's (see factsFromText.ts). */
  facts(
    record: Loose | undefined,
    fact: EntityFact,
    cell: string,
    warn: (message: string) => void,
  ): Partial<EntityFacts> {
    return readFacts(fact, record && Object.hasOwn(record, fact) ? record[fact] : undefined, cell, warn);
  }

  aliases(record: Loose): string[] | undefined {
    return strings(record.aliases);
  }

  items(record: Loose): string[] | undefined {
    return strings(record.items);
  }

  /** The record's quotes, their sources in the ids they now have; quotes of sources it does not carry are passed over. */
  quotes(record: Loose): Array<{ source: string; text: string }> | undefined {
    if (!Array.isArray(record.quotes)) return undefined;
    const ids = this.addAll('sources', record.sources);
    const quotes = record.quotes.flatMap((q: unknown) =>
      isObject(q) && typeof q.source === 'string' && typeof q.text === 'string' && ids.has(q.source)
        ? [{ source: ids.get(q.source)!, text: q.text }]
        : [],
    );
    return quotes.length > 0 ? quotes : undefined;
  }

  private addAll(
    name: 'sources' | 'rounds',
    value: unknown,
    rewrite: (record: Loose) => Loose = (r) => r,
  ): Map<string, string> {
    const ids = new Map<string, string>();
    for (const item of Array.isArray(value) ? value : []) {
      if (!isObject(item) || typeof item.id !== 'string') continue;
      const record = rewrite(item);
      const content = JSON.stringify(record);
      let id = this.byContent[name].get(content);
      if (id === undefined) {
        id = item.id;
        for (let n = 2; this.used[name].has(id); n++) id = `${item.id}-${n}`;
        this.used[name].add(id);
        this.byContent[name].set(content, id);
        this.raw[name].push({ ...record, id });
      }
      ids.set(item.id, id);
    }
    return ids;
  }
}
