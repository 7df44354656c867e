import { decodeText } from './decodeText';
import { type ImportText, type OnImportProgress } from './importTypes';
import { emptyDraft, type ImportDraft } from '../formats/shared/draft';

/** Files larger than this are refused before reading: a browser tab would struggle with them. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/**
 * Reads the files a user picked or dropped into text, chunk by chunk so progress can be shown. A
 * file too large to read gives a draft with that one problem instead.
 */
export async function readImportFiles(
  files: readonly File[],
  onProgress: OnImportProgress = () => {},
): Promise<ImportText[] | ImportDraft> {
  const names = files.map((f) => f.name).join(', ');
  const tooLarge = files.find((f) => f.size > MAX_IMPORT_BYTES);
  if (tooLarge) {
    return emptyDraft(names, {
      code: 'over-limit',
      file: tooLarge.name,
      message: `is ${Math.round(tooLarge.size / 1048576)} MB; the largest file this app reads is ${MAX_IMPORT_BYTES / 1048576} MB`,
    });
  }
  const total = files.reduce((sum, f) => sum + f.size, 0) || 1;
  if (total > MAX_IMPORT_BYTES) {
    return emptyDraft(names, {
      code: 'over-limit',
      file: names,
      message: `are ${Math.round(total / 1048576)} MB together; the most this app reads at once is ${MAX_IMPORT_BYTES / 1048576} MB`,
    });
  }
  let done = 0;
  const texts: ImportText[] = [];
  for (const file of files) {
    const bytes = await readBytes(file, (read) =>
      onProgress({ step: `Reading ${file.name}`, fraction: (done + read) / total }),
    );
    done += file.size;
    texts.push({ name: file.name, ...decodeText(bytes, file.name) });
  }
  return texts;
}

async function readBytes(file: Blob, onRead: (bytes: number) => void): Promise<Uint8Array> {
  if (typeof file.stream !== 'function') return new Uint8Array(await file.arrayBuffer());
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value, offset);
    offset += value.length;
    onRead(offset);
  }
  return bytes.subarray(0, offset);
}
