import type { ImportDraft } from './importTypes';
import { parseCsvTables } from './parseCsvTables';
import { looksLikeCsl, parseCsl } from './parseCsl';
import { parseFtm } from './parseFtm';
import { parseProjectJson } from './parseProjectJson';

/** Files larger than this are refused before reading: a browser tab would struggle with them. */
const MAX_BYTES = 200 * 1024 * 1024;

/**
 * Reads the files a user picked or dropped into one draft: the project's JSON (one file), or CSV
 * tables (an entities table, a links table, or both). Anything else gets a problem that says what this
 * version reads, and nothing changes.
 */
export async function readImportFiles(files: File[]): Promise<ImportDraft> {
  const names = files.map((f) => f.name).join(', ');
  const unreadable = (message: string, file = names): ImportDraft => ({
    name: names,
    dataset: { format: 'supply-lines', version: 1, title: names, sources: [], rounds: [], entities: [], listings: [], links: [] },
    problems: [{ file, message }],
  });
  const texts: Array<{ name: string; text: string }> = [];
  for (const file of files) {
    if (file.size > MAX_BYTES) return unreadable(`is ${Math.round(file.size / 1048576)} MB; the largest file this app reads is 200 MB`, file.name);
    try {
      texts.push({ name: file.name, text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()) });
    } catch {
      return unreadable('is not UTF-8 text; save it as UTF-8 and try again', file.name);
    }
  }
  if (texts.length === 1 && isCsl(texts[0]!.text)) return parseCsl(texts[0]!.text, texts[0]!.name);
  if (texts.length === 1 && isFtm(texts[0]!.text)) return parseFtm(texts[0]!.text, texts[0]!.name);
  if (texts.length === 1 && (/\.json$/i.test(texts[0]!.name) || texts[0]!.text.trimStart().startsWith('{'))) {
    return parseProjectJson(texts[0]!.text, texts[0]!.name);
  }
  if (texts.every(isCsv)) return parseCsvTables(texts);
  return unreadable(
    'is not a format this version reads: give one Supply Lines JSON file, one FollowTheMoney JSON-lines file, one Consolidated Screening List file (CSV or JSON), or CSV tables (entities with Id and Label columns, links with Source and Target)',
  );
}

/** FollowTheMoney JSON lines: the first line is one whole entity (`schema` and `properties`), not a project file. */
function isFtm(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, '').trimStart().split(/\r?\n/, 1)[0] ?? '';
  try {
    const value = JSON.parse(firstLine) as Record<string, unknown>;
    return typeof value === 'object' && value !== null && typeof value.schema === 'string' && 'properties' in value && !('format' in value);
  } catch {
    return false;
  }
}

function isCsv(file: { name: string }): boolean {
  return /\.(csv|tsv|txt)$/i.test(file.name);
}

/** The Consolidated Screening List: a CSV whose header has its columns, or JSON with a `results` list of its rows. */
function isCsl(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('{')) return looksLikeCsl((start.split(/\r?\n/, 1)[0] ?? '').split(',').map((h) => h.trim().replace(/^"|"$/g, '')));
  try {
    const first = (JSON.parse(start) as { results?: unknown[] }).results?.[0];
    return typeof first === 'object' && first !== null && looksLikeCsl(Object.keys(first));
  } catch {
    return false;
  }
}
