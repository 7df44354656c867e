import type { z } from 'zod';
import { addressesText, countriesText, identifiersText } from './factsText';
import { COUNTRY_MEANINGS, Address, EntityCountry, Identifier } from '../../model/schema';
import type { Entity } from '../../model/types';
import { countryCodeOf, splitList } from './importFields';

type Warn = (message: string) => void;
type Meaning = (typeof COUNTRY_MEANINGS)[number];

/**
 * Version 2's facts read from the text formats/shared/factsText.ts writes, or that another tool's
 * file holds under the same names: `RU (registration); CN` (a country without a meaning is `other`),
 * addresses one after another, `INN: 7701234567 (RU)`, a share of `51`, `51%` or `33.5`. What cannot
 * be read is passed over with a problem that says what it was.
 */
export const ENTITY_FACTS = {
  countries: { schema: EntityCountry, text: countriesText, read: countriesFrom, what: 'a country with its meaning' },
  addresses: { schema: Address, text: addressesText, read: addressesFrom, what: 'an address' },
  identifiers: { schema: Identifier, text: identifiersText, read: identifiersFrom, what: 'an identifier' },
} as const;
export type EntityFact = keyof typeof ENTITY_FACTS;
export type EntityFacts = Pick<Entity, EntityFact>;

export function countriesFrom(text: string, warn: Warn): NonNullable<Entity['countries']> {
  return splitList(text).flatMap((item) => {
    const [, name = item, meaning] = item.match(/^(.*?)\s*\(([^()]*)\)$/) ?? [];
    const code = countryCodeOf(name);
    if (!code) {
      warn(`country "${item}" is neither a country code nor an English country name; it is passed over`);
      return [];
    }
    const as = meaning?.trim().toLowerCase() ?? 'other';
    if ((COUNTRY_MEANINGS as readonly string[]).includes(as)) return [{ code, as: as as Meaning }];
    warn(`country "${item}" says "${meaning}", which is not one of ${COUNTRY_MEANINGS.join(', ')}; read as other`);
    return [{ code, as: 'other' }];
  });
}

export function addressesFrom(text: string): NonNullable<Entity['addresses']> {
  return splitList(text).map((address) => ({ text: address }));
}

export function identifiersFrom(text: string): NonNullable<Entity['identifiers']> {
  return splitList(text).map((item) => {
    const [, type, value = item] = item.match(/^([^:]+?):\s+(.+)$/) ?? [];
    const [, number, written] = value.match(/^(.+?)\s+\(([A-Za-z]{2})\)$/) ?? [];
    const country = written ? countryCodeOf(written) : undefined;
    return { type: type ?? 'Identifier', value: country ? number! : value, ...(country ? { country } : {}) };
  });
}

interface FactFormat {
  schema: z.ZodType;
  text: (list: unknown[]) => string;
  read: (text: string, warn: Warn) => unknown[];
  what: string;
}

/**
 * An entity's countries, addresses or identifiers, from the exact list a record (or Cytoscape JSON)
 * holds and the readable text beside it: the list, as long as the text still says the same (an edit
 * made in a spreadsheet or in Gephi wins), else read from the text. In the list, each object is
 * checked against the schema and each text read as the text would be; anything else is passed over.
 */
export function readFacts(
  fact: EntityFact,
  exact: unknown,
  readable: string | undefined,
  warn: Warn,
): Partial<EntityFacts> {
  const { schema, text, read, what } = ENTITY_FACTS[fact] as unknown as FactFormat;
  if (exact !== undefined && !Array.isArray(exact)) warn(`"${fact}" is not a list; it is passed over`);
  const listed = Array.isArray(exact)
    ? exact.flatMap((item, i) => {
        if (typeof item === 'string') return read(item, warn);
        const parsed = schema.safeParse(item);
        if (!parsed.success) warn(`"${fact}[${i}]" is not ${what}; it is passed over`);
        return parsed.success ? [parsed.data] : [];
      })
    : undefined;
  if (listed && (readable === undefined || readable.trim() === text(listed))) return { [fact]: listed };
  return readable?.trim() ? { [fact]: read(readable.trim(), warn) } : {};
}

/** A share in percent: a number, or text such as `51`, `51 %` or `33.5`; from 0 to 100. */
export function shareFrom(value: unknown, warn: Warn): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value).trim();
  const digits =
    typeof value === 'number' ? value : /^\d+(\.\d+)?\s*%?$/.test(text) ? Number.parseFloat(text) : Number.NaN;
  if (Number.isFinite(digits) && digits >= 0 && digits <= 100) return digits;
  warn(`share "${text}" is not a percentage from 0 to 100; it is passed over`);
  return undefined;
}
