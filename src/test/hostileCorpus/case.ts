import type { ImportProblem } from '../../formats/shared/draft';

/** The formats of the registry (src/formats/registry.ts) that a corpus file is meant to reach. */
export type CorpusFormat = 'project-json' | 'csv' | 'csl' | 'ftm' | 'gexf' | 'graphml' | 'cytoscape-json';

/**
 * One hostile file and what importing it must give. The corpus's README lists every case as
 * `readmeRow` writes it, so the table there and the test cannot drift apart.
 */
export interface CorpusCase {
  /** Its name in src/test/fixtures/hostile/, or the name a generated file is given. */
  file: string;
  format: CorpusFormat;
  /** What the file tries, in a few words. */
  tries: string;
  /** Every problem the report gives, in order, as `placeOf` writes it; each is the start of the problem. */
  problems: string[];
  /** The names of the entities kept, in order, as `shortName` writes them. */
  kept: string[];
  links?: number;
  listings?: number;
  /** The start of each line the report gives besides the problems (records not drawn, say). */
  notes?: string[];
  /** Text that must come through word for word in what is kept: script, markup, formulas. */
  verbatim?: string[];
  /** Made at test time, for files too large to keep in the repository. */
  generate?: () => string;
}

/** A problem as the corpus states it: where (`line 3, entities[0].id`, or `file`) and what. */
export function placeOf(problem: ImportProblem): string {
  const where = [problem.line !== undefined ? `line ${problem.line}` : null, problem.path].filter(Boolean).join(', ');
  return `${where || 'file'}: ${problem.message}`;
}

/** A name short enough for a table: one of megabytes is its start and its length. */
export function shortName(name: string): string {
  return name.length > 60 ? `${name.slice(0, 12)}… (${name.length.toLocaleString('en')} characters)` : name;
}

const code = (text: string) => `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\n/g, '\\n')}\``;
const counted = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** The case's row in the corpus README: file, format, what it tries, what it must give. */
export function readmeRow(c: CorpusCase): string {
  const kept = [
    c.kept.length === 0
      ? 'nothing kept'
      : `keeps ${counted(c.kept.length, 'entity').replace('entitys', 'entities')} (${c.kept.slice(0, 4).map(code).join(', ')}${c.kept.length > 4 ? ', …' : ''})`,
    c.links ? counted(c.links, 'link') : null,
    c.listings ? counted(c.listings, 'listing') : null,
  ]
    .filter(Boolean)
    .join(', ');
  const problems =
    c.problems.length === 0
      ? 'no problems'
      : `${counted(c.problems.length, 'problem')}: ${c.problems.map(code).join('; ')}`;
  const notes = c.notes ? `; notes: ${c.notes.map(code).join('; ')}` : '';
  return `| ${c.generate ? `${c.file} (generated)` : `\`${c.file}\``} | ${c.format} | ${c.tries} | ${kept}; ${problems}${notes} |`;
}
