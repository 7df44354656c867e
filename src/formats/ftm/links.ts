import { documentId, isMarker, MARKERS, unescapeNote, type FtmEdge } from './vocabulary';
import type { Loose } from '../../model/loose';
import { CONFIDENCES, LINK_KINDS } from '../../model/schema';
import { datesOf, firstText, texts, type FtmRecord } from './records';
import type { FtmSources } from './sources';

/**
 * Properties of a drawn entity that point at another and are links in their own right: a subsidiary's
 * (deprecated) `parent`, a vessel's or aircraft's `owner` and `operator`. `reverse`: the property holder
 * is the link's target.
 */
export const PROPERTY_LINKS: ReadonlyArray<{ property: string; kind: string; reverse: boolean; role?: string }> = [
  { property: 'parent', kind: 'part-of', reverse: false },
  { property: 'owner', kind: 'owns', reverse: true },
  { property: 'operator', kind: 'controls', reverse: true, role: 'operator' },
];

export interface LinkContext {
  sources: FtmSources;
  resolve: (id: string) => string;
  /** 'drawn' for an entity; the schema of a record the file has but does not draw; undefined for an id it lacks. */
  standing: (id: string) => 'drawn' | string | undefined;
  problem: (line: number, message: string) => void;
}

/** FtM link records (Ownership, Directorship, Family, …) as Supply Lines links, with share, role and dates. */
export class FtmLinks {
  readonly links: Loose[] = [];
  readonly lines: number[] = [];
  /** Links left out because an end is a thing the import does not draw, by that thing's schema. */
  readonly toUndrawn = new Map<string, number>();

  constructor(private readonly context: LinkContext) {}

  add(record: FtmRecord, edge: FtmEdge): void {
    const own = this.context.sources.isOwn(record);
    const problem = (message: string) => this.context.problem(record.line, message);
    const roles = [...new Set(texts(record, ...edge.roleProperties))];
    const kind =
      edge.schema === 'UnknownLink' && (LINK_KINDS as readonly string[]).includes(roles[0] ?? '')
        ? roles.shift()!
        : edge.kind;
    const descriptions = texts(record, 'description');
    const notes: string[] = [];
    const shareMarker = own
      ? descriptions.find((d) => d.startsWith(MARKERS.share))?.slice(MARKERS.share.length)
      : undefined;
    const percentage = firstText(record, 'percentage') ?? shareMarker;
    const share = percentage === undefined ? undefined : parseShare(percentage);
    if (percentage !== undefined && share === undefined) notes.push(`Share as given: ${percentage}.`);
    let confidence = 'reported';
    if (own) {
      confidence =
        descriptions
          .map((d) => d.match(/^confidence: (\w+)$/)?.[1])
          .find((c) => c && (CONFIDENCES as readonly string[]).includes(c)) ?? confidence;
      notes.push(...descriptions.filter((d) => !isMarker(d)).map(unescapeNote));
    } else {
      notes.push(...descriptions, ...texts(record, 'summary'));
      const shares = firstText(record, 'sharesCount');
      if (shares) notes.push(`${shares} shares.`);
      const amount = firstText(record, 'amount', 'amountEur', 'amountUsd');
      if (amount)
        notes.push(
          `Amount: ${amount} ${firstText(record, 'currency') ?? (firstText(record, 'amountEur') ? 'EUR' : firstText(record, 'amountUsd') ? 'USD' : '')}`.trim() +
            '.',
        );
    }
    const uncertain = own
      ? descriptions.find((d) => d.startsWith(MARKERS.uncertain))?.slice(MARKERS.uncertain.length)
      : undefined;
    const quotes = own ? descriptions.flatMap((d) => quoteOf(d, this.context.sources)) : [];
    const fields: Loose = {
      kind,
      items: own ? texts(record, 'summary') : [],
      ...(share !== undefined ? { share } : {}),
      ...(roles.length > 0 || edge.impliedRole ? { role: roles.length > 0 ? roles.join('; ') : edge.impliedRole } : {}),
      ...this.periodOf(record, problem),
      confidence,
      ...(notes.length > 0 ? { notes: notes.join(' ') } : {}),
      ...(quotes.length > 0 ? { quotes } : {}),
      ...(uncertain ? { uncertain } : {}),
      sources: this.context.sources.citedBy(record),
    };
    const sources = texts(record, edge.source).map(this.context.resolve);
    const targets = texts(record, edge.target).map(this.context.resolve);
    if (sources.length === 0 || targets.length === 0) {
      problem(`${record.schema} "${record.id}" names no ${sources.length === 0 ? edge.source : edge.target}; left out`);
      return;
    }
    const pairs = sources.flatMap((source) => targets.map((target) => [source, target] as const));
    pairs.forEach(([source, target], i) =>
      this.push(pairs.length > 1 ? `${record.id}--${i + 1}` : record.id, source, target, fields, record.line),
    );
  }

  /** A link a drawn entity's own property makes (see PROPERTY_LINKS). */
  addProperty(record: FtmRecord, link: (typeof PROPERTY_LINKS)[number]): void {
    texts(record, link.property).forEach((value, i) => {
      const other = this.context.resolve(value);
      const [source, target] = link.reverse ? [other, record.id] : [record.id, other];
      const fields = {
        kind: link.kind,
        items: [],
        ...(link.role ? { role: link.role } : {}),
        confidence: 'reported',
        sources: this.context.sources.citedBy(record),
      };
      this.push(`${record.id}--${link.property}${i > 0 ? `-${i + 1}` : ''}`, source, target, fields, record.line);
    });
  }

  private push(id: string, source: string, target: string, fields: Loose, line: number): void {
    const undrawn = [source, target].map(this.context.standing).find((s) => s !== undefined && s !== 'drawn');
    if (undrawn) {
      this.toUndrawn.set(undrawn, (this.toUndrawn.get(undrawn) ?? 0) + 1);
      return;
    }
    this.links.push({ id, source, target, ...fields });
    this.lines.push(line);
  }

  /** `{from, to}` from the start (or single) date and the end date; dates in the wrong order are passed over. */
  private periodOf(record: FtmRecord, problem: (message: string) => void): { period?: Loose } {
    const from = datesOf(record, 'startDate', problem)[0] ?? datesOf(record, 'date', problem)[0];
    const to = datesOf(record, 'endDate', problem).at(-1);
    if (from && to && from > to) {
      problem(`${record.schema} "${record.id}" ends (${to}) before it starts (${from}); its dates are passed over`);
      return {};
    }
    return from || to ? { period: { ...(from ? { from } : {}), ...(to ? { to } : {}) } } : {};
  }
}

/** A quote the export wrote (`Quote from src-1: …`) of a source the file has. */
function quoteOf(text: string, sources: FtmSources): Loose[] {
  // Ids hold no spaces but may hold colons: the id ends at the first ": ".
  const match = text.match(/^Quote from (\S+?): ([\s\S]+)$/);
  const source = match && sources.byDocumentIds([documentId(match[1]!)])[0];
  return source ? [{ source, text: match[2] }] : [];
}

/** A percentage as FtM files write it ("51", "51%", "51.5", "51,5 %"), or undefined for ranges and words. */
export function parseShare(text: string): number | undefined {
  const match = text.trim().match(/^(\d{1,3}(?:[.,]\d+)?)\s*%?$/);
  const share = match ? Number(match[1]!.replace(',', '.')) : NaN;
  return share >= 0 && share <= 100 ? share : undefined;
}
