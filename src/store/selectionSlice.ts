import type { StateCreator } from 'zustand';
import type { AppState } from './appState';

export type Selection = { type: 'entity' | 'link'; id: string } | null;

export interface SelectionSlice {
  selection: Selection;
  selectEntity: (id: string) => void;
  selectLink: (id: string) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  selectEntity: (id) => set({ selection: { type: 'entity', id } }),
  selectLink: (id) => set({ selection: { type: 'link', id } }),
  clearSelection: () => set({ selection: null }),
});
