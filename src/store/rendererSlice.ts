import type { StateCreator } from 'zustand';
import { sameGpu, type GpuReport, type RendererPreference } from '../graph/rendererChoice';
import { storeRendererPreference } from '../graph/rendererSetting';
import type { AppState, SliceActions } from './appState';

export interface RendererSlice {
  /** The user's choice of renderer, kept in the browser: `auto` follows the GPU. */
  rendererPreference: RendererPreference;
  /**
   * What the browser says about its GPU: kept from its last visit, else asked at once where the user
   * chose WebGL, else null until it is asked after the first frame (the canvas draws meanwhile).
   */
  gpu: GpuReport | null;
  setRendererPreference: (preference: RendererPreference) => void;
  /** The browser's answer; the same answer again changes nothing (so nothing redraws). */
  setGpu: (gpu: GpuReport) => void;
}

export const createRendererSlice: StateCreator<AppState, [], [], SliceActions<RendererSlice>> = (set, get) => ({
  setRendererPreference: (rendererPreference) => {
    storeRendererPreference(rendererPreference);
    set({ rendererPreference });
  },
  setGpu: (gpu) => {
    if (!sameGpu(get().gpu, gpu)) set({ gpu });
  },
});
