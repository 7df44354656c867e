import { create, type StateCreator } from 'zustand';
import type { AppState } from './appState';
import { createDatasetSlice } from './datasetSlice';
import { createFilterSlice } from './filterSlice';
import { createLayoutSlice } from './layoutSlice';
import { createSelectionSlice } from './selectionSlice';
import { createToolsSlice } from './toolsSlice';
import { createPresentationSlice } from './presentationSlice';
import { createExportSlice } from './exportSlice';
import { createSavedViewsSlice } from './savedViewsSlice';
import { createThemeSlice } from './themeSlice';
import { createDatasetsSlice } from './datasetsSlice';
import { createImportSlice } from './importSlice';
import { createOverviewSlice } from './overviewSlice';
import { createCanvasSlice } from './canvasSlice';
import { initialAppState } from './initialAppState';
import { createRendererSlice } from './rendererSlice';

/** The whole state: its data from `initialAppState`, its actions from the slices; tests build fresh stores from it. */
export const createAppState: StateCreator<AppState> = (...args) => ({
  ...initialAppState(),
  ...createDatasetSlice(...args),
  ...createLayoutSlice(...args),
  ...createFilterSlice(...args),
  ...createSelectionSlice(...args),
  ...createToolsSlice(...args),
  ...createPresentationSlice(...args),
  ...createExportSlice(...args),
  ...createSavedViewsSlice(...args),
  ...createThemeSlice(...args),
  ...createDatasetsSlice(...args),
  ...createImportSlice(...args),
  ...createOverviewSlice(...args),
  ...createCanvasSlice(...args),
  ...createRendererSlice(...args),
});

/** The app's one store. Components subscribe with the selectors in `selectors.ts`. */
export const useAppStore = create<AppState>()(createAppState);
