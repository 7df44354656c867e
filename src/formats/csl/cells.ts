import type { Loose } from '../../model/loose';

/**
 * Reading the cells of a Consolidated Screening List row, whether it came from the CSV (everything is
 * text, lists joined by "; ") or the JSON (lists are arrays, empty cells null).
 */

/** A cell as trimmed text: strings as they are, numbers written out, anything else empty. */
export function cellText(row: Loose, key: string): string {
  const value = Object.hasOwn(row, key) ? row[key] : undefined;
  if (typeof value === 'string') return value.trim();
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** "; " joins items, and the Entity List writes "; and " before the last one. */
const ITEM_SEPARATOR = /;\s*(?:and\s+)?/;

/** The items of a list cell: a JSON list (whose items may themselves hold "; "-joined items) or CSV text. */
export function cellItems(row: Loose, key: string): string[] {
  const value = Object.hasOwn(row, key) ? row[key] : undefined;
  const texts = Array.isArray(value)
    ? value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String)
    : [cellText(row, key)];
  return texts
    .flatMap((text) => text.split(ITEM_SEPARATOR))
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The objects of a JSON list cell (addresses, ids); a CSV cell has none. */
export function cellObjects(row: Loose, key: string): Loose[] {
  const value = Object.hasOwn(row, key) ? row[key] : undefined;
  return Array.isArray(value)
    ? value.filter((v): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v))
    : [];
}

/**
 * State's nonproliferation entries end their names with "; and any successor, sub-unit, or subsidiary
 * thereof" (OpenSanctions strips it too): it says what the listing covers, not what the party is called.
 */
const SUCCESSOR_CLAUSE =
  /[;,]?\s*(?:and\s+)?any\s+successors?,?\s+sub-units?,?\s+or\s+subsidiar(?:y|ies)\s+thereof\.?\s*$/i;

export function withoutSuccessorClause(name: string): { name: string; clause?: string } {
  const match = SUCCESSOR_CLAUSE.exec(name);
  if (!match) return { name };
  return { name: name.slice(0, match.index).trim(), clause: match[0].replace(/^[;,]?\s*/, '').trim() };
}

/** Notes built from parts: sentences run on, and a part that ends without a full stop gets one before the next. */
export function sentences(parts: readonly string[]): string | undefined {
  const kept = [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
  if (kept.length === 0) return undefined;
  return kept.reduce((text, part) => `${text}${/[.!?]$/.test(text) ? ' ' : '. '}${part}`);
}
