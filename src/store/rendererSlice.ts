import type { StateCreator } from 'zustand';
import type { GpuReport, RendererPreference } from '../graph/rendererChoice';
import { storeRendererPreference } from '../graph/rendererSetting';
import type { AppState, SliceActions } from './appState';

export interface RendererSlice {
  /** The user's choice of renderer, kept in the browser: `auto` follows the GPU. */
  rendererPreference: RendererPreference;
  /** What the browser said about its GPU when the page opened. */
  gpu: GpuReport;
  setRendererPreference: (preference: RendererPreference) => void;
}

export const createRendererSlice: StateCreator<AppState, [], [], SliceActions<RendererSlice>> = (set) => ({
  setRendererPreference: (rendererPreference) => {
    storeRendererPreference(rendererPreference);
    set({ rendererPreference });
  },
});
