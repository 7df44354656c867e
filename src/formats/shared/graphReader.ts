import { RECORD_ATTRIBUTE } from './graphAttributes';
import { isObject, type Loose } from '../../model/loose';
import { readFacts, shareFrom, type EntityFact, type EntityFacts } from './factsFromText';
import { splitList } from './importFields';

/** Where something is in the file: a line (XML files) and a path (`node "apl"`, `elements.nodes[3]`). */
export interface Where {
  line?: number;
  path: string;
}
export type Report = (where: Where, message: string) => void;

/** A node or an edge as a graph file (GEXF, GraphML, Cytoscape JSON) has it, before it means anything. */
export interface GraphElement extends Where {
  id: unknown;
  /** The label the format itself gives (GEXF's `label`, yEd's node label, Cytoscape's `name`), if any. */
  label?: unknown;
  /** For edges, the ids of the nodes they join. */
  source?: unknown;
  target?: unknown;
  /** For edges, false when the file says the edge has no direction (GEXF `type="undirected"`, GraphML `directed="false"`). */
  directed?: boolean;
  /** Attributes by lower-case name: text in GEXF and GraphML, any JSON value in Cytoscape JSON. */
  attributes: ReadonlyMap<string, unknown>;
}

/** The names other tools give an entity's v2 facts, ours first. */
const FACT_NAMES: Record<EntityFact, readonly string[]> = {
  countries: ['countries'],
  addresses: ['addresses', 'address'],
  identifiers: ['identifiers'],
};

/** Reads one node's or edge's attributes, and the record Supply Lines wrote beside them, if any. */
export class Reader {
  private readonly record: Loose | undefined;

  constructor(
    private readonly element: GraphElement,
    readonly warn: (message: string) => void,
  ) {
    const value = element.attributes.get(RECORD_ATTRIBUTE);
    this.record = recordOf(value, element, `the "${RECORD_ATTRIBUTE}" record`, (_, message) => warn(message));
  }

  /** A value as text: numbers are read as their digits, with a problem; anything else is passed over. */
  text(value: unknown, name: string): string {
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean') {
      this.warn(
        `"${name}" is ${typeof value === 'number' ? 'a number' : 'true or false'}, not text; read as "${String(value)}"`,
      );
      return String(value);
    }
    if (value !== undefined && value !== null) this.warn(`"${name}" is not text; it is passed over`);
    return '';
  }

  /** The first of these attributes that has text. */
  attribute(...names: string[]): string {
    for (const name of names) {
      const text = this.text(this.element.attributes.get(name), name);
      if (text) return text;
    }
    return '';
  }

  /** These attributes, where they have text. */
  optional(...names: string[]): Record<string, string> {
    return Object.fromEntries(names.map((name) => [name, this.attribute(name)]).filter(([, text]) => text));
  }

  /**
   * A field of the record (lists, listings, rounds, sources), or the attribute of that name where the
   * format has real lists (Cytoscape JSON); text is a readable attribute, not this.
   */
  structured(name: string): unknown {
    if (this.record && Object.hasOwn(this.record, name)) return this.record[name];
    const attribute = this.element.attributes.get(name);
    return typeof attribute === 'string' ? undefined : attribute;
  }

  /** The ids of the sources cited: a list, or text (`a; b`). */
  sourceIds(): string[] {
    const value = this.structured('source_ids') ?? this.element.attributes.get('source_ids');
    if (typeof value === 'string') return splitList(value);
    if (value !== undefined && !Array.isArray(value)) this.warn('"source_ids" is not a list; it is passed over');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  }

  /** A list: the record's, as long as the readable attribute still says the same (an edit made in Gephi wins), else the attribute split at `;`. */
  list(name: string): string[] {
    const attribute = this.element.attributes.get(name);
    const readable = typeof attribute === 'string' ? attribute : undefined;
    const exact = this.structured(name);
    if (Array.isArray(exact) && (readable === undefined || readable === exact.join('; '))) {
      const texts = exact.filter((item): item is string => typeof item === 'string');
      if (texts.length < exact.length) this.warn(`"${name}" holds something other than text; it is passed over`);
      return texts;
    }
    return readable ? splitList(readable) : [];
  }

  /**
   * An entity's countries, addresses or identifiers: the record's list, as long as the readable
   * attribute still says the same (an edit made in Gephi wins), else read from the attribute's text;
   * other tools' attributes of that name (a Cytoscape list, yEd text) are read the same way.
   */
  facts(fact: EntityFact): Partial<EntityFacts> {
    const name = FACT_NAMES[fact].find((n) => this.structured(n) !== undefined || this.element.attributes.has(n));
    if (name === undefined) return {};
    const attribute = this.element.attributes.get(name);
    return readFacts(fact, this.structured(name), typeof attribute === 'string' ? attribute : undefined, this.warn);
  }

  /** A link's share: a number (Cytoscape JSON, a GEXF or GraphML double) or text, under `share`, `percentage` or `percent`. */
  share(): { share?: number } {
    const value = ['share', 'percentage', 'percent']
      .map((name) => this.element.attributes.get(name))
      .find((v) => v !== undefined && v !== '');
    const share = shareFrom(value, this.warn);
    return share === undefined ? {} : { share };
  }

  /** A link's quotes, from the record: each a source id and a passage; anything else is passed over with a problem. */
  quotes(): { quotes?: Array<{ source: string; text: string }> } {
    const value = this.structured('quotes');
    if (value === undefined) return {};
    const items = Array.isArray(value) ? value : [];
    const quotes = items.filter(
      (q): q is { source: string; text: string } =>
        isObject(q) && typeof q.source === 'string' && typeof q.text === 'string',
    );
    if (quotes.length < items.length || !Array.isArray(value))
      this.warn('"quotes" holds something other than quotes (a source and a passage); it is passed over');
    return quotes.length > 0 ? { quotes: quotes.map(({ source, text }) => ({ source, text })) } : {};
  }

  /** `from` and `to`, as attributes (GEXF, GraphML) or in a `period` object (Cytoscape JSON). */
  period(): { from?: string; to?: string } | undefined {
    const nested = this.structured('period');
    const inner = isObject(nested) ? nested : {};
    const from = this.attribute('from') || this.text(own(inner, 'from'), 'period.from');
    const to = this.attribute('to') || this.text(own(inner, 'to'), 'period.to');
    return from || to ? { ...(from ? { from } : {}), ...(to ? { to } : {}) } : undefined;
  }
}

/** A record, as it is (JSON files) or written as JSON text (XML files); anything else gives a problem. */
export function recordOf(value: unknown, at: Where, what: string, report: Report): Loose | undefined {
  if (typeof value !== 'string') return objectOf(value, at, what, report);
  try {
    return objectOf(JSON.parse(value), at, what, report);
  } catch (error) {
    report(at, `${what} is not valid JSON (${(error as Error).message}); it is passed over`);
    return undefined;
  }
}

/** An object; anything else but nothing gives a problem. */
export function objectOf(value: unknown, at: Where, what: string, report: Report): Loose | undefined {
  if (isObject(value)) return value;
  if (value !== undefined) report(at, `${what} is not an object; it is passed over`);
  return undefined;
}

/** A list; anything else but nothing gives a problem. */
export function arrayOf(value: unknown, at: Where, name: string, report: Report): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  report(at, `"${name}" is not a list; it is passed over`);
  return [];
}

/** A record's own field: never one its prototype lends (`constructor`, `__proto__`). */
export function own(record: Loose, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Ids written as a list (or, in a listing of the dataset record, text). */
export function idList(value: unknown): string[] {
  if (typeof value === 'string') return splitList(value);
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}
