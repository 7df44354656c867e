import { initialFilterState } from '../filter/filterState';
import { openingFilters } from '../filter/openingFilters';
import type { DatasetIndex } from '../model/datasetIndex';
import { BUILTIN_ID } from '../storage/datasetStorage';
import { readThemeChoice } from '../theme/theme';
import { gpuBeforeFirstDraw, readRendererPreference } from '../graph/rendererSetting';
import type { AppData } from './appState';
import { initialToolsState } from '../view/viewState';

/** The store's data before anything has loaded: what the store is built from and tests reset to. */
export function initialAppState(): AppData {
  return {
    index: null,
    loadProblems: [],
    loadProblemsSource: null,
    positions: null,
    clustering: null,
    layoutProgress: null,
    layoutError: null,
    drawn: false,
    filters: initialFilterState(),
    selection: null,
    tools: initialToolsState(),
    presenting: false,
    playing: false,
    briefing: false,
    exportError: null,
    savedViews: [],
    viewport: null,
    // Read, not assumed: where site data is blocked even reading it throws (readThemeChoice catches that).
    themeChoice: readThemeChoice(),
    systemPrefersDark: false,
    printing: false,
    builtinDataset: null,
    storedDatasets: [],
    activeDatasetId: BUILTIN_ID,
    importSummary: null,
    datasetsError: null,
    importProgress: null,
    importMapping: null,
    canvasCommands: [],
    nextCanvasSerial: 1,
    openClusters: new Set<string>(),
    ...rendererState(),
  };
}

function rendererState(): Pick<AppData, 'rendererPreference' | 'gpu'> {
  const rendererPreference = readRendererPreference();
  return { rendererPreference, gpu: gpuBeforeFirstDraw(rendererPreference) };
}

/**
 * What a new dataset starts afresh, back to its initial value: everything that names the old
 * dataset's ids or describes its drawing. Playback stops (its dates were the old dataset's) and
 * unfinished canvas commands are dropped (their ids were too). What is left out is kept on purpose:
 * the theme, presentation mode, the dataset list, the canvas's viewport (the canvas reports the new
 * one when it frames the new dataset) and the serial counter (so a late acknowledgement cannot drop
 * a new command). Filters and tools are reset too, below, with their own rules.
 */
export const RESET_BY_NEW_DATASET = [
  'positions',
  'clustering',
  'layoutProgress',
  'layoutError',
  'drawn',
  'selection',
  'playing',
  'canvasCommands',
  'openClusters',
] as const satisfies ReadonlyArray<keyof AppData>;

/**
 * The state change a new dataset makes: the fields above back to their initial values, the dataset's
 * own opening filters, and fresh tools that keep the tab the user was on.
 */
export function stateForNewDataset(previous: Pick<AppData, 'tools'>, index: DatasetIndex): Partial<AppData> {
  const initial = initialAppState();
  const reset: Partial<AppData> = Object.fromEntries(RESET_BY_NEW_DATASET.map((key) => [key, initial[key]]));
  return {
    ...reset,
    index,
    filters: openingFilters(index),
    tools: { ...initial.tools, tab: previous.tools.tab },
  };
}
