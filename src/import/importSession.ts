import type { CsvTableMapping } from '../formats/shared/csvMapping';
import { draftFromTexts } from './draftFromTexts';
import { type ImportOutcome, type ImportText, type OnImportProgress } from './importTypes';
import { readImportFiles } from './readImportFiles';

/**
 * One import, from files to outcome, wherever it runs (the import worker, or the page when no worker
 * can start). It keeps the files' text between the mapping question and the answer, and reports
 * progress at most once per percent, so a large file does not flood the page with messages.
 */
export function createImportSession(onProgress: OnImportProgress) {
  let texts: ImportText[] = [];
  let last = { step: '', fraction: -1 };
  const report: OnImportProgress = (progress) => {
    const fraction = progress.fraction ?? -1;
    if (progress.step === last.step && Math.abs(fraction - last.fraction) < 0.01) return;
    last = { step: progress.step, fraction };
    onProgress(progress);
  };
  return {
    async start(files: readonly File[]): Promise<ImportOutcome> {
      const read = await readImportFiles(files, report);
      if (!Array.isArray(read)) return { kind: 'draft', draft: read };
      texts = read;
      return draftFromTexts(texts, { onProgress: report });
    },
    map(mappings: readonly CsvTableMapping[]): ImportOutcome {
      return draftFromTexts(texts, { mappings, onProgress: report });
    },
  };
}
