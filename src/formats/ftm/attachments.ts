import type { Loose } from '../../model/loose';
import type { FtmCountries } from './countries';
import { firstText, texts, type FtmRecord } from './records';
import { formatCount } from '../../model/formatCount';

/** An address or country an entity gets from an `Address` entity it points at. */
export interface AttachedAddress {
  /** The address, or undefined for an Address that gives only a city or a country. */
  address?: Loose;
  city?: string;
  country?: string;
  /** Every way the Address writes itself, so the entity's `address` strings that repeat it are not kept twice. */
  spellings: string[];
}

const IDENTIFICATION_SCHEMATA = new Set(['Identification', 'Passport']);

/**
 * Address, Identification and Passport entities are part of the entity that points at them (through
 * `addressEntity`) or that holds them (`holder`), not nodes of their own. This indexes them and counts
 * what is used, so the report can say what was kept and what had no owner in the file.
 */
export class FtmAttachments {
  private readonly addresses = new Map<string, { record: FtmRecord; attached?: AttachedAddress; used: boolean }>();
  private readonly identifications = new Map<string, FtmRecord[]>();
  private readonly identificationsUsed = new Set<FtmRecord>();
  private readonly identificationCount: number;
  private withoutNumber = 0;

  constructor(records: readonly FtmRecord[], resolve: (id: string) => string) {
    let identificationCount = 0;
    for (const record of records) {
      if (record.schema === 'Address') {
        const entry = { record, used: false };
        for (const key of [record.id, ...record.referents]) this.addresses.set(key, entry);
      } else if (IDENTIFICATION_SCHEMATA.has(record.schema)) {
        identificationCount++;
        for (const holder of texts(record, 'holder').map(resolve)) {
          const list = this.identifications.get(holder) ?? [];
          list.push(record);
          this.identifications.set(holder, list);
        }
      }
    }
    this.identificationCount = identificationCount;
  }

  static isAttachment(schema: string): boolean {
    return schema === 'Address' || IDENTIFICATION_SCHEMATA.has(schema);
  }

  /** The addresses an entity points at that the file has. */
  addressesOf(entity: FtmRecord, countries: FtmCountries): AttachedAddress[] {
    return [...new Set(texts(entity, 'addressEntity'))].flatMap((id) => {
      const entry = this.addresses.get(id);
      if (!entry) return [];
      entry.used = true;
      entry.attached ??= readAddress(entry.record, countries);
      return [entry.attached];
    });
  }

  /** The identifiers of an entity's Identification and Passport entities: `{type, value, country?}`. */
  identifiersOf(entityId: string, countries: FtmCountries): Loose[] {
    return (this.identifications.get(entityId) ?? []).flatMap((record) => {
      const first = !this.identificationsUsed.has(record);
      this.identificationsUsed.add(record);
      const value = firstText(record, 'number', 'passportNumber');
      if (!value) {
        if (first) this.withoutNumber++;
        return [];
      }
      const raw = firstText(record, 'country');
      const country = raw ? countries.code(raw, record.line) : undefined;
      return [{ type: firstText(record, 'type') ?? record.schema, value, ...(country ? { country } : {}) }];
    });
  }

  /** What became of the Address and Identification entities, for the report. */
  notes(): string[] {
    const addressRecords = new Set(this.addresses.values());
    const used = [...addressRecords].filter((a) => a.used).length;
    const unused = addressRecords.size - used;
    const notes: string[] = [];
    if (used > 0)
      notes.push(
        `${counted(used, 'Address record')} kept as the addresses of the entities that point at ${used === 1 ? 'it' : 'them'}, not drawn.`,
      );
    if (unused > 0)
      notes.push(
        `${counted(unused, 'Address record')} ${unused === 1 ? 'is' : 'are'} the address of no entity in the file; left out.`,
      );
    const kept = this.identificationsUsed.size - this.withoutNumber;
    if (kept > 0)
      notes.push(
        `${counted(kept, 'Identification or Passport record')} kept as identifiers of ${kept === 1 ? 'its holder' : 'their holders'}.`,
      );
    if (this.withoutNumber > 0)
      notes.push(
        `${counted(this.withoutNumber, 'Identification or Passport record')} ${this.withoutNumber === 1 ? 'gives' : 'give'} no number; left out.`,
      );
    const orphans = this.identificationCount - this.identificationsUsed.size;
    if (orphans > 0)
      notes.push(
        `${counted(orphans, 'Identification or Passport record')} ${orphans === 1 ? 'has' : 'have'} no holder in the file; left out.`,
      );
    return notes;
  }
}

/** An Address entity's text (its `full` form, else its parts), city and country. */
function readAddress(record: FtmRecord, countries: FtmCountries): AttachedAddress {
  const rawCountry = firstText(record, 'country');
  const country = rawCountry ? countries.code(rawCountry, record.line) : undefined;
  const city = firstText(record, 'city');
  const parts = texts(record, 'street', 'street2', 'postOfficeBox', 'postalCode', 'city', 'region', 'state');
  const text =
    firstText(record, 'full') ?? (parts.some((p) => p !== city) ? [...new Set(parts)].join(', ') : undefined);
  const spellings = [...texts(record, 'full', 'summary'), ...(record.caption ? [record.caption] : [])];
  return {
    ...(text ? { address: { text, ...(city ? { city } : {}), ...(country ? { country } : {}) } } : {}),
    ...(city && !text ? { city } : {}),
    ...(country ? { country } : {}),
    spellings,
  };
}

export function counted(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}
