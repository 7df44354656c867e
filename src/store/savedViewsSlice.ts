import type { StateCreator } from 'zustand';
import { openingFilters } from '../filter/openingFilters';
import { moveView, parseSavedViews, storageKey, type SavedView } from '../savedViews/savedViews';
import { applyUrlToStore } from './urlSync';
import { writeViewParams } from '../url/viewParams';
import type { AppState, SliceActions } from './appState';

type Viewport = SavedView['viewport'];

export interface SavedViewsSlice {
  savedViews: SavedView[];
  /** Where the canvas looks now, kept up to date by the canvas so a view can be saved with it. */
  viewport: Viewport;
  setViewport: (viewport: Viewport) => void;
  loadSavedViews: () => void;
  saveView: (name: string) => void;
  renameView: (id: string, name: string) => void;
  moveSavedView: (id: string, delta: number) => void;
  deleteView: (id: string) => void;
  applyView: (id: string) => void;
}

export const createSavedViewsSlice: StateCreator<AppState, [], [], SliceActions<SavedViewsSlice>> = (set, get) => {
  const store = (savedViews: SavedView[]) => {
    set({ savedViews });
    const title = get().index?.dataset.title;
    try {
      if (title) localStorage.setItem(storageKey(title), JSON.stringify(savedViews));
    } catch {
      // Storage can be full or switched off; the views still live for this session.
    }
  };
  return {
    setViewport: (viewport) => set({ viewport }),
    loadSavedViews: () => {
      const title = get().index?.dataset.title;
      let text: string | null = null;
      try {
        text = title ? localStorage.getItem(storageKey(title)) : null;
      } catch {
        text = null;
      }
      set({ savedViews: parseSavedViews(text) });
    },
    saveView: (name) => {
      const state = get();
      if (!state.index) return;
      const search = writeViewParams('', state, openingFilters(state.index));
      const id = `view-${Date.now().toString(36)}-${state.savedViews.length}`;
      store([
        ...state.savedViews,
        { id, name: name.trim() || `View ${state.savedViews.length + 1}`, search, viewport: state.viewport },
      ]);
    },
    renameView: (id, name) =>
      store(get().savedViews.map((v) => (v.id === id && name.trim() ? { ...v, name: name.trim() } : v))),
    moveSavedView: (id, delta) => store(moveView(get().savedViews, id, delta)),
    deleteView: (id) => store(get().savedViews.filter((v) => v.id !== id)),
    applyView: (id) => {
      const view = get().savedViews.find((v) => v.id === id);
      if (!view) return;
      applyUrlToStore({ getState: get, setState: set } as Parameters<typeof applyUrlToStore>[0], view.search);
      if (view.viewport) get().moveViewport(view.viewport);
    },
  };
};
