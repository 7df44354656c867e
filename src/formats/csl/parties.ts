import type { Loose } from '../../model/loose';
import { sentences } from './cells';
import type { CslListingFacts, CslParty } from './party';
import type { RowPlace } from './rows';

interface PartyEntry {
  id: string;
  party: CslParty;
  sources: Set<string>;
  at: RowPlace;
}

interface ListingEntry {
  entity: string;
  round: string;
  facts: CslListingFacts;
  sources: Set<string>;
  at: RowPlace;
}

/** A name compared for sameness: case, spaces and punctuation aside. */
const nameKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const sameParty = (a: CslParty, b: CslParty) => [a.name, ...a.aliases].some((n) => nameKey(n) === nameKey(b.name));

const union = <T>(a: readonly T[], b: readonly T[], key: (item: T) => string) => [
  ...new Map([...a, ...b].map((item) => [key(item), item])).values(),
];
const squeeze = (text: string) => text.replace(/\s+/g, '');
/** Two rows' texts for one listing (their notices, reasons): one when it holds the other, spacing aside, else both. */
function unionText(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b || squeeze(a).includes(squeeze(b))) return a ?? b;
  return squeeze(b).includes(squeeze(a)) ? b : `${a}; ${b}`;
}

function mergeParty(into: CslParty, row: CslParty): CslParty {
  const kind = into.typed || !row.typed ? into : row;
  return {
    ...into,
    kind: kind.kind,
    typed: into.typed || row.typed,
    aliases: [...new Set([...into.aliases, ...row.aliases, row.name])].filter((a) => a !== into.name),
    addresses: union(into.addresses, row.addresses, (a) => a.text),
    countries: union(into.countries, row.countries, (c) => `${c.code} ${c.as}`),
    identifiers: union(into.identifiers, row.identifiers, (i) => `${i.type}\u0000${i.value}\u0000${i.country ?? ''}`),
    country: into.country ?? row.country,
    notes: [...into.notes, ...row.notes],
  };
}

/**
 * The entities and listings the rows make. Two rows with one id (an OFAC number on two Treasury lists,
 * say) make one entity when they name the same party, each listing kept; a row that names another
 * party gets the id with a number after it. Two rows of one party in one round make one listing.
 */
export function partyBook() {
  const parties = new Map<string, PartyEntry>();
  const listings = new Map<string, ListingEntry>();
  return {
    add(baseId: string, party: CslParty, sources: readonly string[], at: RowPlace): string {
      let id = baseId;
      for (let n = 2; parties.has(id) && !sameParty(parties.get(id)!.party, party); n++) id = `${baseId}-${n}`;
      const known = parties.get(id);
      if (known) known.party = mergeParty(known.party, party);
      else parties.set(id, { id, party, sources: new Set(), at });
      for (const s of sources) parties.get(id)!.sources.add(s);
      return id;
    },
    list(entity: string, round: string, facts: CslListingFacts, sources: readonly string[], at: RowPlace): void {
      const key = `${entity}\u0000${round}`;
      const known = listings.get(key);
      if (!known) listings.set(key, { entity, round, facts, sources: new Set(sources), at });
      else {
        const f = known.facts;
        known.facts = {
          ...f,
          programme:
            [...new Set([f.programme, facts.programme].flatMap((p) => p?.split('; ') ?? []))].join('; ') || undefined,
          citation: unionText(f.citation, facts.citation),
          reason: unionText(f.reason, facts.reason),
          end: f.end ?? facts.end,
          notes: [...f.notes, ...facts.notes],
        };
        for (const s of sources) known.sources.add(s);
      }
    },
    entities: (): Array<{ record: Loose; at: RowPlace }> =>
      [...parties.values()].map(
        ({ id, party: { name, aliases, kind, notes, country, countries, addresses, identifiers }, sources, at }) => ({
          record: {
            id,
            name,
            aliases,
            kind,
            role: 'other',
            ...(country ? { country } : {}),
            ...(countries.length > 0 ? { countries } : {}),
            ...(addresses.length > 0 ? { addresses } : {}),
            ...(identifiers.length > 0 ? { identifiers } : {}),
            ...(sentences(notes) ? { notes: sentences(notes) } : {}),
            sources: [...sources],
          },
          at,
        }),
      ),
    listings: (): Array<{ record: Loose; at: RowPlace }> =>
      [...listings.values()].map(({ entity, round, facts: { notes, ...facts }, sources, at }) => ({
        record: {
          entity,
          round,
          ...Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)),
          ...(sentences(notes) ? { notes: sentences(notes) } : {}),
          sources: [...sources],
        },
        at,
      })),
  };
}
