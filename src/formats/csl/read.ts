import type { Loose } from '../../model/loose';
import { IsoDate } from '../../model/schema';
import { cellItems, cellText } from './cells';
import { packedOrder } from './ids';
import { readCslRow, type RowReaders } from './party';
import { partyBook } from './parties';
import { listOf, roundBook, sourceBook } from './rounds';
import { readCslRows, type RowPlace } from './rows';
import { countryCodeOf } from '../shared/importFields';
import type { ImportDraft } from '../shared/draft';
import { salvage } from '../shared/salvage';

/** Columns of the Consolidated Screening List; an OFAC-only extract has no `start_date` or `federal_register_notice`. */
const CSL_COLUMNS = [
  'federal_register_notice',
  'start_date',
  'source_list_url',
  'source_information_url',
  'entity_number',
];

/**
 * True when a CSV header or JSON results look like the US Consolidated Screening List: `source` and
 * `name` and two of its own columns (one could be a coincidence: a table of `source, name, start_date`).
 */
export function looksLikeCsl(headerOrKeys: readonly string[]): boolean {
  return (
    headerOrKeys.includes('source') &&
    headerOrKeys.includes('name') &&
    CSL_COLUMNS.filter((key) => headerOrKeys.includes(key)).length >= 2
  );
}

const validId = (text: string) =>
  text
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);

/** The id a row asks for: OFAC's entity number, else the list's own row id, else the list and the name. */
function idOf(row: Loose, code: string, name: string): string {
  const number = validId(cellText(row, 'entity_number'));
  if (number) return `ofac-${number}`;
  const own = validId(cellText(row, '_id') || cellText(row, 'id'));
  if (own) return `csl-${own}`;
  const slug = validId(name.toLowerCase()).slice(0, 80);
  return slug ? `csl-${code}-${slug}` : `csl-${code}-row`;
}

/**
 * The US Consolidated Screening List as trade.gov publishes it, CSV or JSON (`results`). Every row
 * becomes an entity with one listing, in a round per source list and start date; rows without a start
 * date (all of OFAC's lists, State's debarments, the Unverified List) go to one undated round per list.
 * Names, aliases, addresses and countries, identifiers, programmes and Federal Register notices are
 * kept; the report names only what could not be read (a row with no name, a country code that is none).
 */
export function parseCsl(
  content: string,
  file: string,
  onProgress: (fraction: number) => void = () => {},
): ImportDraft {
  const { rows, problems } = readCslRows(content, file, onProgress);
  const at = (place: RowPlace, message: string) => problems.push({ code: 'bad-record', file, ...place, message });
  const order = packedOrder(rows.flatMap(({ row }) => (typeof row.ids === 'string' ? cellItems(row, 'ids') : [])));
  const rounds = roundBook();
  const parties = partyBook();
  let place: RowPlace = { line: 0 };
  const sources = sourceBook((message) => at(place, message));
  const read: RowReaders = {
    order,
    countryOf: (written, what) => {
      const code = countryCodeOf(written);
      if (!code && /^[A-Za-z]{2}$/.test(written))
        at(place, `"${written}" in ${what} is not a country code; it is kept as written, without a country`);
      return code;
    },
    dateOf: (written, what) => {
      const date = /^\d{4}-\d{2}-\d{2}/.exec(written)?.[0];
      if (date && IsoDate.safeParse(date).success) return date;
      at(place, `${what} "${written}" is not a date written YYYY-MM-DD; it is left out`);
      return undefined;
    },
  };

  for (const { row, at: rowPlace } of rows) {
    place = rowPlace;
    if (!cellText(row, 'name')) {
      const written = Object.hasOwn(row, 'name') ? row.name : undefined;
      at(
        place,
        typeof written === 'object' && written !== null
          ? `has a name that is ${Array.isArray(written) ? 'a list' : 'an object'}, not text; the row is left out`
          : 'has no name; the row is left out',
      );
      continue;
    }
    const source = cellText(row, 'source');
    if (!source) at(place, 'has no source (the list it is on); it is filed under "Consolidated Screening List"');
    const list = listOf(source);
    const startText = cellText(row, 'start_date');
    const date = startText ? read.dateOf(startText, 'start_date') : undefined;
    const cited = sources.cite(
      [
        ['source_list_url', cellText(row, 'source_list_url')],
        ['source_information_url', cellText(row, 'source_information_url')],
      ],
      list,
    );
    const { party, listing } = readCslRow(row, read);
    const round = rounds.roundFor(list, source, date, cellText(row, 'federal_register_notice'), cited);
    const entity = parties.add(idOf(row, list.code, party.name), party, cited, place);
    parties.list(entity, round, listing, cited, place);
  }

  const entities = parties.entities();
  const listings = parties.listings();
  const lines = new Map<string, number | undefined>([
    ...entities.map(({ at: p }, i) => [`entities[${i}]`, 'line' in p ? p.line : undefined] as const),
    ...listings.map(({ at: p }, i) => [`listings[${i}]`, 'line' in p ? p.line : undefined] as const),
  ]);
  const raw = {
    sources: sources.sources(),
    rounds: rounds.rounds(),
    entities: entities.map((e) => e.record),
    listings: listings.map((l) => l.record),
    links: [],
  };
  const name = file.replace(/\.(csv|json)$/i, '');
  const salvaged = salvage(raw, file, name, (path) => lines.get(path.match(/^[a-z]+\[\d+\]/)?.[0] ?? ''));
  return { name, dataset: salvaged.dataset, problems: [...problems, ...salvaged.problems] };
}
