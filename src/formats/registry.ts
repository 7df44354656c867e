import { csl } from './csl';
import { csvTables } from './csvTables';
import { cytoscapeJson } from './cytoscapeJson';
import { ftm } from './ftm';
import { gexf } from './gexf';
import { graphml } from './graphml';
import { projectJson } from './projectJson';
import type { DataFormat, TextFile } from './types';

/**
 * Every data format, once. Import recognises files by asking them in this order (the Screening List
 * before other CSV and JSON; the project format last, as any JSON object reaches it); the Export menu
 * lists those that write, in `EXPORT_ORDER`. Adding a format is one folder and one entry here.
 */
export const FORMATS: readonly DataFormat[] = [csl, gexf, graphml, cytoscapeJson, ftm, projectJson, csvTables];

const EXPORT_ORDER = ['project-json', 'csv', 'gexf', 'graphml', 'cytoscape-json', 'ftm'];

/** The formats the Export menu offers, in its order. */
export const EXPORT_FORMATS: readonly DataFormat[] = EXPORT_ORDER.map((id) => FORMATS.find((f) => f.id === id)!);

/** How much of a file recognising it looks at: enough for a header or a first record, little of a large file. */
const START_LENGTH = 65536;

/**
 * The format of one file: the first whose `recognise` accepts its content, else the first whose
 * extensions include the file's. Null when none does.
 */
export function formatOf(file: TextFile): DataFormat | null {
  const start = file.text
    .slice(0, START_LENGTH)
    .replace(/^\uFEFF/, '')
    .trimStart();
  const byContent = FORMATS.find((format) => format.recognise?.(file, start));
  if (byContent) return byContent;
  const extension = extensionOf(file.name);
  return FORMATS.find((format) => format.extensions?.includes(extension)) ?? null;
}

/** A file name's extension, lower case, without the dot: `data.GEXF` → `gexf`; empty when it has none. */
export function extensionOf(name: string): string {
  return name.match(/\.([a-z0-9]+)$/i)?.[1]?.toLowerCase() ?? '';
}

/** The format with this id; an id not in the registry is a programming error. */
export function formatById(id: string): DataFormat {
  const format = FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`formatById: no format "${id}"`);
  return format;
}
