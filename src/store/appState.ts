import type { DatasetSlice } from './datasetSlice';
import type { FilterSlice } from './filterSlice';
import type { LayoutSlice } from './layoutSlice';
import type { SelectionSlice } from './selectionSlice';
import type { ToolsSlice } from './toolsSlice';
import type { PresentationSlice } from './presentationSlice';
import type { ExportSlice } from './exportSlice';
import type { SavedViewsSlice } from './savedViewsSlice';
import type { ThemeSlice } from './themeSlice';
import type { DatasetsSlice } from './datasetsSlice';
import type { ImportSlice } from './importSlice';
import type { OverviewSlice } from './overviewSlice';
import type { CanvasSlice } from './canvasSlice';
import type { RendererSlice } from './rendererSlice';

export type AppState = DatasetSlice &
  LayoutSlice &
  FilterSlice &
  SelectionSlice &
  ToolsSlice &
  PresentationSlice &
  ExportSlice &
  SavedViewsSlice &
  ThemeSlice &
  DatasetsSlice &
  ImportSlice &
  OverviewSlice &
  CanvasSlice &
  RendererSlice;

/** The state's data without its actions: what `initialAppState` builds and a new dataset partly resets. */
export type AppData = {
  [K in keyof AppState as AppState[K] extends (...args: never[]) => unknown ? never : K]: AppState[K];
};

/** What a slice's creator returns: its actions only, as its data comes from `initialAppState`. */
export type SliceActions<Slice> = Omit<Slice, keyof AppData>;
