import { clusterNetwork } from '../layout/clusters';
import { beforeEach, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { openingFilters } from '../filter/openingFilters';
import { makeDataset, makeEntity } from '../test/factories';
import type { AppData, AppState } from './appState';
import { initialAppState, RESET_BY_NEW_DATASET } from './initialAppState';
import { createAppState } from './useAppStore';

let store = create<AppState>()(createAppState);
const dataKeys = (state: object) =>
  Object.entries(state)
    .filter(([, value]) => typeof value !== 'function')
    .map(([key]) => key)
    .sort();

/** A store far from its initial state in every field a new dataset resets, and in some it keeps. */
function busyStore() {
  const s = store.getState();
  s.setDataset(makeDataset({ entities: [makeEntity(), makeEntity({ id: 'entity-2' })] }));
  const positions = { 'entity-1': { x: 1, y: 2 } };
  s.setPositions(positions, clusterNetwork(['entity-1'], [], positions));
  s.setLayoutProgress(0.5);
  s.setLayoutError('too big');
  s.setDrawn(true);
  s.selectEntity('entity-2');
  s.setPathEnd('from', 'entity-2');
  s.setTab('table');
  s.play();
  s.fitView();
  s.setOpenClusters(new Set(['cluster-1']));
  s.setPresenting(true);
  s.setViewport({ zoom: 2, pan: { x: 0, y: 0 } });
  s.setThemeChoice('dark');
}

beforeEach(() => {
  store = create<AppState>()(createAppState);
});

describe('initialAppState', () => {
  it("gives every data field of the store its first value, and nothing that isn't one", () => {
    expect(dataKeys(initialAppState())).toEqual(dataKeys(store.getState()));
    expect(dataKeys(store.getState())).toContain('canvasCommands');
  });

  it('is what a store is reset to', () => {
    busyStore();
    store.setState(initialAppState());
    const { themeChoice: _theme, ...rest } = initialAppState();
    expect(store.getState()).toMatchObject(rest);
  });

  it('names only data fields in what a new dataset resets', () => {
    const initial: AppData = initialAppState();
    for (const key of RESET_BY_NEW_DATASET) expect(initial).toHaveProperty(key);
  });
});

describe('a new dataset', () => {
  it('resets every field on the list, opens on its own filters and keeps the tab', () => {
    busyStore();
    const initial = initialAppState();
    // Each field starts away from its initial value, so the reset below is seen.
    for (const key of RESET_BY_NEW_DATASET) expect(store.getState()[key], key).not.toEqual(initial[key]);
    const next = makeDataset({ entities: [makeEntity({ id: 'other' })] });
    store.getState().setDataset(next);
    const state = store.getState();
    for (const key of RESET_BY_NEW_DATASET) expect(state[key], key).toEqual(initial[key]);
    expect(state.filters).toEqual(openingFilters(state.index));
    expect(state.tools).toEqual({ ...initial.tools, tab: 'table' });
  });

  it('keeps what is not on the list: presentation mode, the theme and where the canvas looks', () => {
    busyStore();
    store.getState().setDataset(makeDataset());
    expect(store.getState().presenting).toBe(true);
    expect(store.getState().themeChoice).toBe('dark');
    expect(store.getState().viewport).toEqual({ zoom: 2, pan: { x: 0, y: 0 } });
  });
});
