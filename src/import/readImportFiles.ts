import type { ImportDraft } from './importTypes';
import { parseProjectJson } from './parseProjectJson';

/** Files larger than this are refused before reading: a browser tab would struggle with them. */
const MAX_BYTES = 200 * 1024 * 1024;

/**
 * Reads the files a user picked or dropped and parses them into one draft. For now the project's own
 * JSON is read; other formats get a problem that says so, and nothing changes.
 */
export async function readImportFiles(files: File[]): Promise<ImportDraft> {
  const file = files[0]!;
  const unreadable = (message: string): ImportDraft => ({
    name: file.name,
    dataset: { format: 'supply-lines', version: 1, title: file.name, sources: [], rounds: [], entities: [], listings: [], links: [] },
    problems: [{ file: file.name, message }],
  });
  if (files.length > 1) return unreadable('several files were given; import one dataset file at a time');
  if (file.size > MAX_BYTES) return unreadable(`is ${Math.round(file.size / 1048576)} MB; the largest file this app reads is 200 MB`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return unreadable('is not UTF-8 text; save it as UTF-8 and try again');
  }
  if (!/\.json$/i.test(file.name) && !text.trimStart().startsWith('{')) {
    return unreadable('is not a Supply Lines JSON file; this version imports the project’s own JSON format');
  }
  return parseProjectJson(text, file.name);
}
