import type { StateCreator } from 'zustand';
import type { AppState, SliceActions } from './appState';
import type { Selection } from '../view/viewState';

export interface SelectionSlice {
  selection: Selection;
  selectEntity: (id: string) => void;
  selectLink: (id: string) => void;
  selectRound: (id: string) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SliceActions<SelectionSlice>> = (set) => ({
  selectEntity: (id) => set({ selection: { type: 'entity', id } }),
  selectLink: (id) => set({ selection: { type: 'link', id } }),
  selectRound: (id) => set({ selection: { type: 'round', id } }),
  clearSelection: () => set({ selection: null }),
});
