import type { Loose } from '../../model/loose';
import type { Entity } from '../../model/types';
import { countryCodeOf } from '../shared/importFields';
import { cellItems, cellObjects, cellText } from './cells';

type Address = NonNullable<Entity['addresses']>[number];
type EntityCountry = NonNullable<Entity['countries']>[number];

/** A country as a row writes it ("CN", "China"), or undefined; the caller reports one it cannot read. */
export type CountryOf = (written: string, what: string) => string | undefined;

export interface CslPlaces {
  addresses: Address[];
  countries: EntityCountry[];
  /** The main country: the first address's, else a nationality, citizenship, the row's own country or flag. */
  country?: string;
  /** What could not be read as a country, kept in words ("Nationality: Palestinian"). */
  notes: string[];
}

/**
 * Addresses and countries of a row. A CSV address is `street, city, state, postal code, COUNTRY`, so
 * its country is the closing part; a JSON address is an object with those fields. Only a closing part
 * that looks like a code (two capitals) and is none is a problem: "Hebei Province" just has no country.
 */
export function readCslPlaces(row: Loose, countryOf: CountryOf): CslPlaces {
  const notes: string[] = [];
  const addresses: Address[] = [];
  for (const text of Array.isArray(row.addresses) ? [] : cellItems(row, 'addresses')) {
    const closing = text.split(',').at(-1)!.trim();
    const country = /^[A-Z]{2}$/.test(closing) ? countryOf(closing, `address "${text}"`) : countryCodeOf(closing);
    addresses.push({ text, ...(country ? { country } : {}) });
  }
  for (const item of Array.isArray(row.addresses) ? row.addresses : []) {
    if (typeof item === 'string' && item.trim()) addresses.push({ text: item.trim() });
  }
  for (const a of cellObjects(row, 'addresses')) {
    const text = ['address', 'city', 'state', 'postal_code', 'country']
      .map((key) => cellText(a, key))
      .filter(Boolean)
      .join(', ');
    const written = cellText(a, 'country');
    const country = written ? countryOf(written, `address "${text}"`) : undefined;
    if (text)
      addresses.push({
        text,
        ...(cellText(a, 'city') ? { city: cellText(a, 'city') } : {}),
        ...(country ? { country } : {}),
      });
  }

  const countries: EntityCountry[] = addresses.flatMap((a) =>
    a.country ? [{ code: a.country, as: 'address' as const }] : [],
  );
  const named = (key: string, as: EntityCountry['as'], label: string) =>
    cellItems(row, key).forEach((written) => {
      const code = countryOf(written, key);
      if (code) countries.push({ code, as });
      else notes.push(`${label}: ${written}`);
    });
  named('nationalities', 'nationality', 'Nationality');
  named('citizenships', 'citizenship', 'Citizenship');
  named('country', 'other', 'Country');
  const flag = cellText(row, 'vessel_flag');
  const flagCode = flag ? countryCodeOf(flag) : undefined;
  if (flagCode) countries.push({ code: flagCode, as: 'registration' });

  const unique = [...new Map(countries.map((c) => [`${c.code} ${c.as}`, c])).values()];
  return { addresses, countries: unique, ...(unique[0] ? { country: unique[0].code } : {}), notes };
}
