import MiniSearch from 'minisearch';
import type { Dataset } from '../model/types';

export interface SearchHit {
  id: string;
  name: string;
  /** The alias that matched, when the match came from an alias rather than the name. */
  matchedAlias?: string;
  score: number;
}

interface SearchDocument {
  id: string;
  name: string;
  aliases: string;
}

/** Splits on anything that is not a letter or digit, so `SMT-iLogic` and `smt ilogic` meet. */
const tokenize = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** Lower case without accents: `Türkiye` is found by `turkiye`. */
const processTerm = (term: string) =>
  term
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * A search index over entity names and aliases (MiniSearch): tolerant of case, punctuation, accents,
 * word endings (prefix match) and small typos (fuzzy match), ranked with names above aliases.
 */
export function buildSearchIndex(dataset: Dataset): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({
    fields: ['name', 'aliases'],
    storeFields: ['name', 'aliases'],
    tokenize,
    processTerm,
    searchOptions: { boost: { name: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  index.addAll(dataset.entities.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases.join(' | ') })));
  return index;
}

export function searchEntities(index: MiniSearch<SearchDocument>, query: string, limit = 8): SearchHit[] {
  if (!query.trim()) return [];
  let results = index.search(query);
  // Every word must match; if none does, fall back to any word so a partly wrong query still helps.
  if (results.length === 0) results = index.search(query, { combineWith: 'OR' });
  return results.slice(0, limit).map((result) => {
    const matchedAlias =
      result.match && Object.values(result.match).every((fields) => !fields.includes('name'))
        ? aliasMatching(String(result.aliases), Object.keys(result.match))
        : undefined;
    return { id: result.id as string, name: String(result.name), matchedAlias, score: result.score };
  });
}

function aliasMatching(aliases: string, terms: string[]): string | undefined {
  return aliases.split(' | ').find((alias) =>
    tokenize(alias)
      .map(processTerm)
      .some((token) => terms.includes(token)),
  );
}
