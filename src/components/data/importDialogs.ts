import { lazyPart } from '../lazy/lazyPart';

// The import's dialogs load when an import begins (ImportControl preloads them), not with the page.
export const ColumnMapping = lazyPart('column mapping', () => import('./ColumnMapping').then((m) => m.ColumnMapping));
export const ImportReport = lazyPart('import report', () => import('./ImportReport').then((m) => m.ImportReport));

/** Fetches the dialogs' code while the files are read, so the report opens as soon as they are. */
export function preloadImportDialogs() {
  ColumnMapping.preload();
  ImportReport.preload();
}
