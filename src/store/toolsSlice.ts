import type { StateCreator } from 'zustand';
import type { AppState } from './appState';

export type Tab = 'graph' | 'table';

/** The researcher tools that shape what is highlighted, and which view is on screen. */
export interface ToolsState {
  /** Find path: from and to entity ids; the path is highlighted and listed. */
  path: { from: string | null; to: string | null };
  /** Exposure: on, reading "not listed by" this authority (null: by anyone). */
  exposure: { on: boolean; authority: string | null };
  tab: Tab;
}

export interface ToolsSlice {
  tools: ToolsState;
  setPathEnd: (end: 'from' | 'to', entityId: string | null) => void;
  clearPath: () => void;
  setExposure: (on: boolean) => void;
  setExposureAuthority: (authority: string | null) => void;
  setTab: (tab: Tab) => void;
}

export function initialToolsState(): ToolsState {
  return { path: { from: null, to: null }, exposure: { on: false, authority: null }, tab: 'graph' };
}

export const createToolsSlice: StateCreator<AppState, [], [], ToolsSlice> = (set) => {
  const patch = (change: (tools: ToolsState) => Partial<ToolsState>) => set((state) => ({ tools: { ...state.tools, ...change(state.tools) } }));
  return {
    tools: initialToolsState(),
    setPathEnd: (end, entityId) => patch((tools) => ({ path: { ...tools.path, [end]: entityId } })),
    clearPath: () => patch(() => ({ path: { from: null, to: null } })),
    setExposure: (on) => patch((tools) => ({ exposure: { ...tools.exposure, on } })),
    setExposureAuthority: (authority) => patch((tools) => ({ exposure: { ...tools.exposure, authority } })),
    setTab: (tab) => patch(() => ({ tab })),
  };
};
