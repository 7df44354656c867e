import type { Loose } from '../../model/loose';
import { Source } from '../../model/schema';

/** The agency part of a CSL `source` ("Entity List (EL) - Bureau of Industry and Security"). */
const AUTHORITIES = new Map([
  ['Bureau of Industry and Security', 'US BIS'],
  ['State Department', 'US State'],
  ['Treasury Department', 'US OFAC'],
]);

/** Where a row cites when it gives no address of its own. */
export const CSL_HOME = 'https://www.trade.gov/consolidated-screening-list';

export interface CslList {
  list: string;
  agency: string;
  authority: string;
  /** The short code in the list's name ("EL", "SDN"), for ids. */
  code: string;
}

/** A row's `source` read into its list and agency. */
export function listOf(source: string): CslList {
  const cut = source.lastIndexOf(' - ');
  const list = (cut > 0 ? source.slice(0, cut) : source).trim() || 'Consolidated Screening List';
  const agency = cut > 0 ? source.slice(cut + 3).trim() : '';
  const code =
    (/\(([^()]+)\)/.exec(list)?.[1] ?? list)
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'list';
  return { list, agency, authority: AUTHORITIES.get(agency) ?? (agency || 'US'), code };
}

const citationItems = (citation: string) =>
  citation
    .split(/;\s*(?:and\s+)?/)
    .map((c) => c.trim())
    .filter(Boolean);

/**
 * Rounds, one per source list and start date, and one undated round per list for its rows without a
 * start date. A round cites the Federal Register notices every one of its rows cites (a row's later
 * amendments stay on its listing), and the list pages its rows cite.
 */
export function roundBook() {
  const rounds = new Map<string, { record: Loose; citations?: string[]; sources: Set<string> }>();
  const ids = new Set<string>();
  return {
    roundFor(
      list: CslList,
      source: string,
      date: string | undefined,
      citation: string,
      sources: readonly string[],
    ): string {
      const key = `${source}\u0000${date ?? ''}`;
      let round = rounds.get(key);
      if (!round) {
        const preferred = `csl-${list.code}-${date ?? 'undated'}`;
        let id = preferred;
        for (let n = 2; ids.has(id); n++) id = `${preferred}-${n}`;
        ids.add(id);
        round = {
          record: { id, authority: list.authority, list: list.list, ...(date ? { date } : {}) },
          citations: citationItems(citation),
          sources: new Set(),
        };
        rounds.set(key, round);
      } else round.citations = round.citations?.filter((c) => citationItems(citation).includes(c));
      for (const s of sources) round.sources.add(s);
      return round.record.id as string;
    },
    rounds: (): Loose[] =>
      [...rounds.values()].map(({ record, citations = [], sources }) => ({
        ...record,
        ...(citations.length > 0 ? { citation: citations.join('; ') } : {}),
        sources: [...sources],
      })),
  };
}

const isWebAddress = (url: string) => Source.shape.url.safeParse(url).success;

/**
 * One source per web address the rows cite (`source_list_url`, `source_information_url`), titled by
 * the lists that cite it. An address that is not http(s) is reported and the row cites the CSL itself.
 */
export function sourceBook(report: (message: string) => void) {
  const byUrl = new Map<string, { id: string; lists: Set<string>; agencies: Set<string> }>();
  const idOf = (url: string, list?: CslList) => {
    let source = byUrl.get(url);
    if (!source)
      byUrl.set(url, (source = { id: `csl-source-${byUrl.size + 1}`, lists: new Set(), agencies: new Set() }));
    if (list) source.lists.add(list.list);
    if (list?.agency) source.agencies.add(list.agency);
    return source.id;
  };
  return {
    cite(urls: ReadonlyArray<[column: string, url: string]>, list: CslList): string[] {
      const good = urls.filter(([column, url]) => {
        if (!url || isWebAddress(url)) return Boolean(url);
        report(`${column} "${url}" is not an http(s) address; it is left out`);
        return false;
      });
      const cited = good.length > 0 ? good.map(([, url]) => idOf(url, list)) : [idOf(CSL_HOME)];
      return [...new Set(cited)];
    },
    sources: (): Loose[] =>
      [...byUrl].map(([url, { id, lists, agencies }]) => ({
        id,
        title:
          url === CSL_HOME && lists.size === 0
            ? 'Consolidated Screening List'
            : `Consolidated Screening List source: ${[...lists].join('; ')}`,
        publisher: agencies.size > 0 ? [...agencies].join('; ') : 'International Trade Administration',
        url,
      })),
  };
}
