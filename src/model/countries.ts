import { COUNTRY_NAMES } from './countryNames';

/**
 * Territories the US Entity List files under another country: Hong Kong entries sit under China.
 * Macao is folded the same way so that Chinese special administrative regions behave alike.
 */
const FILED_UNDER: Readonly<Record<string, string>> = { HK: 'CN', MO: 'CN' };

/** The code for "country not known" (imports often lack one): ISO's user-assigned ZZ, as CLDR uses it. */
export const UNKNOWN_COUNTRY = 'ZZ';

export function isKnownCountry(code: string): boolean {
  return Object.hasOwn(COUNTRY_NAMES, code);
}

/** The country an entity is counted and filtered under (`HK` → `CN`). */
export function filingCountry(code: string): string {
  return FILED_UNDER[code] ?? code;
}

/** English short name of a code, or the code itself when it is not known. */
export function countryName(code: string): string {
  return COUNTRY_NAMES[code] ?? code;
}

/** How an entity's country reads in its details: `Hong Kong (China)`, `Russia`. */
export function countryLabel(code: string): string {
  const filed = filingCountry(code);
  return filed === code ? countryName(code) : `${countryName(code)} (${countryName(filed)})`;
}

/**
 * Every filing country an entity is found under: its main country and each country the sources give
 * (registration, address, nationality), Hong Kong under China. The country filter matches any of them.
 */
export function entityFilingCountries(entity: {
  country: string;
  countries?: ReadonlyArray<{ code: string }>;
}): string[] {
  const codes = [filingCountry(entity.country), ...(entity.countries ?? []).map((c) => filingCountry(c.code))];
  const known = codes.filter((code) => code !== UNKNOWN_COUNTRY);
  return known.length > 0 ? [...new Set(known)] : [UNKNOWN_COUNTRY];
}
