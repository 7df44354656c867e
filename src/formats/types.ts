import type { ImportDraft } from './shared/draft';
import type { Positions } from '../layout/computeLayout';
import type { Dataset } from '../model/types';

/** A file as the import reads it: its name and its text. */
export interface TextFile {
  name: string;
  text: string;
}

/** A file an export makes. */
export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** What some exports draw on besides the data: where the canvas put each entity, and its colour. */
export interface ExportContext {
  /** The file names' stem, e.g. `supply-lines-view`. */
  base: string;
  positions: Positions;
  colourOf: (entityId: string) => string;
  today: string;
}

/**
 * One data format, in one place: how to recognise a file of it, how to read one, how to write one.
 * `recognise` looks at content first (the start of the text suffices for most); `extensions` decide
 * only when no format recognises the content, so a broken file still reaches its reader, which says
 * what is wrong with it.
 */
export interface DataFormat {
  id: string;
  /** The name users know it by, as the Export menu and messages show it. */
  label: string;
  recognise?: (file: TextFile, start: string) => boolean;
  extensions?: readonly string[];
  read?: (file: TextFile, onProgress: (fraction: number) => void) => ImportDraft;
  write?: (dataset: Dataset, context: ExportContext) => ExportFile[];
}
