import type { StateCreator } from 'zustand';
import { type Tab, type ToolsState } from '../view/viewState';
import type { AppState, SliceActions } from './appState';

export interface ToolsSlice {
  tools: ToolsState;
  setPathEnd: (end: 'from' | 'to', entityId: string | null) => void;
  clearPath: () => void;
  setExposure: (on: boolean) => void;
  setExposureAuthority: (authority: string | null) => void;
  setChannels: (on: boolean) => void;
  setChannelsAuthority: (authority: string | null) => void;
  setChannelsDayBefore: (dayBefore: boolean) => void;
  /** Picks one route out (null: all of them). */
  chooseChannel: (route: string | null) => void;
  setCompare: (on: boolean) => void;
  setCompareDate: (end: 'from' | 'to', date: string | null) => void;
  setTab: (tab: Tab) => void;
}

export const createToolsSlice: StateCreator<AppState, [], [], SliceActions<ToolsSlice>> = (set) => {
  const patch = (change: (tools: ToolsState) => Partial<ToolsState>) =>
    set((state) => ({ tools: { ...state.tools, ...change(state.tools) } }));
  return {
    setPathEnd: (end, entityId) => patch((tools) => ({ path: { ...tools.path, [end]: entityId } })),
    clearPath: () => patch(() => ({ path: { from: null, to: null } })),
    setExposure: (on) => patch((tools) => ({ exposure: { ...tools.exposure, on } })),
    setExposureAuthority: (authority) => patch((tools) => ({ exposure: { ...tools.exposure, authority } })),
    // A different question drops the chosen route: it may not be among the new answers.
    setChannels: (on) => patch((tools) => ({ channels: { ...tools.channels, on, route: null } })),
    setChannelsAuthority: (authority) =>
      patch((tools) => ({ channels: { ...tools.channels, authority, route: null } })),
    setChannelsDayBefore: (dayBefore) =>
      patch((tools) => ({ channels: { ...tools.channels, dayBefore, route: null } })),
    chooseChannel: (route) => patch((tools) => ({ channels: { ...tools.channels, route } })),
    setCompare: (on) => patch((tools) => ({ compare: { ...tools.compare, on } })),
    setCompareDate: (end, date) => patch((tools) => ({ compare: { ...tools.compare, [end]: date } })),
    setTab: (tab) => patch(() => ({ tab })),
  };
};
