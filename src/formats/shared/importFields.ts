import { isKnownCountry } from '../../model/countries';
import { COUNTRY_NAMES } from '../../model/countryNames';
import { CONFIDENCES, ENTITY_KINDS, LINK_KINDS, ROLES } from '../../model/schema';
import type { Confidence, EntityKind, LinkKind, Role } from '../../model/types';

/** Reading the fields of records from other tools (spreadsheets, Gephi, yEd, Cytoscape): ids, kinds, countries, lists. */

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const MAX_ID = 200;
const COUNTRY_BY_NAME = new Map(Object.entries(COUNTRY_NAMES).map(([code, name]) => [name.toLowerCase(), code]));

export interface IdMaker {
  (key: string): string;
  /** The text an id was made from, or the id itself. */
  textOf: (id: string) => string;
  /** True when this maker handed out the id. */
  has: (id: string) => boolean;
}

/**
 * Turns the names and ids of a file into dataset ids (letters, digits and . _ : - only), the same
 * text always giving the same id, so links find their entities. Text that is already a valid id is
 * kept as it is; text with none of those characters (a name in Chinese, say) gets a numbered id,
 * `${prefix}-N`. `taken` says which ids are in use elsewhere (a link's id must not be an entity's).
 */
export function idMaker(prefix = 'entity', taken: (id: string) => boolean = () => false): IdMaker {
  const byKey = new Map<string, string>();
  const textById = new Map<string, string>();
  const used = (id: string) => textById.has(id) || taken(id);
  const make = (key: string) => {
    const text = key.trim();
    const known = byKey.get(text);
    if (known) return known;
    let id = ID_PATTERN.test(text) && text.length <= MAX_ID ? text : idFromText(text).slice(0, MAX_ID - 20);
    if (!id) id = `${prefix}-${byKey.size + 1}`;
    while (used(id)) id = `${id}-${byKey.size + 1}`;
    byKey.set(text, id);
    textById.set(id, text);
    return id;
  };
  return Object.assign(make, { textOf: (id: string) => textById.get(id) ?? id, has: (id: string) => textById.has(id) });
}

/**
 * Text as id characters: each run of other characters becomes one dash, and what cannot start an id
 * (leading dots, dashes…) and trailing dashes go. Trailing dashes are cut by a loop, not `/-+$/`,
 * which retries from every dash of a long run and takes seconds on 60,000 of them.
 */
export function idFromText(text: string): string {
  const dashed = text.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  let end = dashed.length;
  while (end > 0 && dashed[end - 1] === '-') end--;
  return dashed.slice(0, end);
}

type Warn = (message: string) => void;

/** An entity kind from its text; anything else is a company, with a warning. */
export function entityKindOf(text: string, warn: Warn): EntityKind {
  const kind = text.trim().toLowerCase();
  if ((ENTITY_KINDS as readonly string[]).includes(kind)) return kind as EntityKind;
  if (kind) warn(`kind "${text.trim()}" is not one of ${ENTITY_KINDS.join(', ')}; imported as company`);
  return 'company';
}

/** A role from its text; anything else is `other`, with a warning. */
export function roleOf(text: string, warn: Warn): Role {
  const role = text.trim().toLowerCase();
  if ((ROLES as readonly string[]).includes(role)) return role as Role;
  if (role) warn(`role "${text.trim()}" is not one of ${ROLES.join(', ')}; imported as other`);
  return 'other';
}

/** The ISO code of a country written as a code (`hk`, `RU`) or as its English name (`Hong Kong`), if it is one. */
export function countryCodeOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 2 && isKnownCountry(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return COUNTRY_BY_NAME.get(trimmed.toLowerCase());
}

const GRAPH_DIRECTIONS = new Set(['directed', 'undirected', 'mixed']);

/**
 * A link kind from a type written in a file (`Supplies`, `procures for`); any other type imports as
 * `supplies`, with a warning and a note that keeps the file's word.
 */
export function linkKindOf(text: string, warn: Warn): { kind: LinkKind; note?: string } {
  const type = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if ((LINK_KINDS as readonly string[]).includes(type)) return { kind: type as LinkKind };
  // Gephi's edge Type says whether an edge is directed, not what it means.
  if (!type || GRAPH_DIRECTIONS.has(type)) return { kind: 'supplies' };
  warn(`link type "${text.trim()}" is not one of ${LINK_KINDS.join(', ')}; imported as supplies`);
  return { kind: 'supplies', note: `Type in the file: ${text.trim()}` };
}

/** A confidence from its text; anything else is `reported`. */
export function confidenceOf(text: string): Confidence {
  const confidence = text.trim().toLowerCase();
  return (CONFIDENCES as readonly string[]).includes(confidence) ? (confidence as Confidence) : 'reported';
}

/** A list written in one cell, `a; b` or `a|b`. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
