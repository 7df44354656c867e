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
  OverviewSlice;
