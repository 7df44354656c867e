import type { CorpusCase } from './case';
import { CSL_CASES } from './csl';
import { CSV_TABLES_CASES } from './csvTables';
import { CYTOSCAPE_JSON_CASES } from './cytoscapeJson';
import { FTM_CASES } from './ftm';
import { GENERATED_CASES } from './generated';
import { GEXF_CASES } from './gexf';
import { GRAPHML_CASES } from './graphml';
import { PROJECT_JSON_CASES } from './projectJson';

export { placeOf, readmeRow, shortName, type CorpusCase, type CorpusFormat } from './case';

/** The files kept in src/test/fixtures/hostile/, one case each. */
export const COMMITTED_CASES: readonly CorpusCase[] = [
  ...PROJECT_JSON_CASES,
  ...CSV_TABLES_CASES,
  ...CSL_CASES,
  ...FTM_CASES,
  ...GEXF_CASES,
  ...GRAPHML_CASES,
  ...CYTOSCAPE_JSON_CASES,
];

/** Every case of the corpus: the files kept, then those made at test time. */
export const CORPUS_CASES: readonly CorpusCase[] = [...COMMITTED_CASES, ...GENERATED_CASES];
