import type { Loose } from '../../model/loose';
import type { Entity, EntityKind, Listing } from '../../model/types';
import { cellItems, cellText, withoutSuccessorClause } from './cells';
import { readCslIds, type PackedOrder } from './ids';
import { readCslPlaces, type CountryOf } from './places';

/** What one row says about its party: the entity's fields, with its notes still as parts. */
export type CslParty = Pick<Entity, 'name' | 'aliases' | 'kind'> &
  Required<Pick<Entity, 'addresses' | 'countries' | 'identifiers'>> & {
    country?: string;
    /** The list gave a type (Individual, Entity, Vessel, Aircraft), not just left it empty. */
    typed: boolean;
    notes: string[];
  };

/** What one row says about the listing itself, notes still as parts. */
export type CslListingFacts = Pick<Listing, 'programme' | 'citation' | 'reason' | 'end'> & { notes: string[] };

export interface RowReaders {
  order: PackedOrder;
  countryOf: CountryOf;
  /** A date as the list writes it (`2018-08-01`), or undefined; the caller reports one it cannot read. */
  dateOf: (written: string, what: string) => string | undefined;
}

const KINDS = new Map<string, EntityKind>([
  ['', 'company'],
  ['entity', 'company'],
  ['individual', 'person'],
  ['vessel', 'vessel'],
  ['aircraft', 'aircraft'],
]);

/** Vessel columns other than the flag (a country) and call sign (an identifier), kept in words. */
const VESSEL_NOTES: ReadonlyArray<[string, string]> = [
  ['vessel_type', 'Vessel type'],
  ['vessel_flag', 'Flag'],
  ['vessel_owner', 'Vessel owner'],
  ['gross_tonnage', 'Gross tonnage'],
  ['gross_registered_tonnage', 'Gross registered tonnage'],
];

const some = (text: string, key: string) => (text ? { [key]: text } : {});

/** Reads a row into its party and its listing; the row has a name (the caller checks). */
export function readCslRow(row: Loose, read: RowReaders): { party: CslParty; listing: CslListingFacts } {
  const { name, clause } = withoutSuccessorClause(cellText(row, 'name'));
  const aliases = [
    ...new Set(
      cellItems(row, 'alt_names')
        .map((alias) => withoutSuccessorClause(alias).name)
        .filter((alias) => alias && alias !== name),
    ),
  ];
  const type = cellText(row, 'type');
  const kind = KINDS.get(type.toLowerCase());
  const places = readCslPlaces(row, read.countryOf);
  const ids = readCslIds(row, read.order, (written) => read.countryOf(written, 'ids'));
  const callSign = cellText(row, 'call_sign');

  const born = cellItems(row, 'dates_of_birth').join(' or ');
  const bornIn = cellItems(row, 'places_of_birth').join(' or ');
  const party: CslParty = {
    name,
    aliases,
    kind: kind ?? 'company',
    typed: type !== '',
    addresses: places.addresses,
    countries: places.countries,
    ...(places.country ? { country: places.country } : {}),
    identifiers: [...ids.identifiers, ...(callSign ? [{ type: 'Call Sign', value: callSign }] : [])],
    notes: [
      kind ? '' : `Type in the list: ${type}`,
      cellText(row, 'title') && `Title: ${cellText(row, 'title')}`,
      born || bornIn ? `Born${born ? ` ${born}` : ''}${bornIn ? ` in ${bornIn}` : ''}` : '',
      ...places.notes,
      ...VESSEL_NOTES.map(([key, label]) => cellText(row, key) && `${label}: ${cellText(row, key)}`),
      ...ids.entityNotes,
      cellText(row, 'remarks'),
    ].filter(Boolean),
  };

  const endText = cellText(row, 'end_date');
  const endDate = endText ? read.dateOf(endText, 'end_date') : undefined;
  const delisted = /delist|removed from the list/i.test(`${endText} ${cellText(row, 'remarks')}`);
  const listing: CslListingFacts = {
    ...some(cellItems(row, 'programs').join('; '), 'programme'),
    ...some(cellText(row, 'federal_register_notice'), 'citation'),
    ...some(cellText(row, 'license_requirement'), 'reason'),
    ...(endText
      ? {
          end: {
            status: delisted ? 'delisted' : 'expired',
            ...(endDate ? { date: endDate } : { reason: `end_date as written: ${endText}` }),
          },
        }
      : {}),
    notes: [
      cellText(row, 'license_policy') && `License policy: ${cellText(row, 'license_policy')}`,
      cellText(row, 'standard_order') && `Standard order: ${cellText(row, 'standard_order')}`,
      clause ? `Listed as "${cellText(row, 'name')}"` : '',
      ...ids.listingNotes,
    ].filter(Boolean),
  };
  return { party, listing };
}
