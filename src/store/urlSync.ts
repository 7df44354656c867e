import type { StoreApi } from 'zustand';
import type { AppState } from './appState';
import { openingFilters } from '../filter/openingFilters';
import { readViewParams, writeViewParams } from '../url/viewParams';

/** Puts the URL's view into the store (on start and on Back/Forward). */
export function applyUrlToStore(store: Pick<StoreApi<AppState>, 'getState' | 'setState'>, search: string): void {
  const { index } = store.getState();
  if (!index) return;
  const { filters, selection, tools } = readViewParams(search, index);
  store.setState({ filters, selection, tools });
}

/**
 * Keeps the address bar and the view in step: each view change becomes a history entry, and Back or
 * Forward restore the view of that entry. Returns a function that stops it.
 */
export function startUrlSync(store: StoreApi<AppState>): () => void {
  const onPopState = () => applyUrlToStore(store, window.location.search);
  window.addEventListener('popstate', onPopState);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.filters === previous.filters && state.selection === previous.selection && state.tools === previous.tools)
      return;
    const search = writeViewParams(window.location.search, state, openingFilters(state.index));
    if (search !== window.location.search) {
      // Playback steps replace the entry rather than adding one per round to Back.
      const write = state.playing ? window.history.replaceState : window.history.pushState;
      write.call(window.history, null, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  });
  return () => {
    window.removeEventListener('popstate', onPopState);
    unsubscribe();
  };
}
