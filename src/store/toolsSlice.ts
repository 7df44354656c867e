import type { StateCreator } from 'zustand';
import type { AppState } from './appState';

export type Tab = 'graph' | 'table';

/** The researcher tools that shape what is highlighted, and which view is on screen. */
export interface ToolsState {
  /** Find path: from and to entity ids; the path is highlighted and listed. */
  path: { from: string | null; to: string | null };
  /** Exposure: on, reading "not listed by" this authority (null: by anyone). */
  exposure: { on: boolean; authority: string | null };
  /**
   * Open channels: on, reading "not listed by" this authority (null: by anyone), on the As of date or
   * the day before it (the eve of the round, which As of cannot stop at); `route` is the chosen route's id.
   */
  channels: { on: boolean; authority: string | null; dayBefore: boolean; route: string | null };
  /** Compare: on, between two dates; null follows As of (the previous round, and the As of date itself). */
  compare: { on: boolean; from: string | null; to: string | null };
  tab: Tab;
}

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

export function initialToolsState(): ToolsState {
  return {
    path: { from: null, to: null },
    exposure: { on: false, authority: null },
    channels: { on: false, authority: null, dayBefore: false, route: null },
    compare: { on: false, from: null, to: null },
    tab: 'graph',
  };
}

export const createToolsSlice: StateCreator<AppState, [], [], ToolsSlice> = (set) => {
  const patch = (change: (tools: ToolsState) => Partial<ToolsState>) =>
    set((state) => ({ tools: { ...state.tools, ...change(state.tools) } }));
  return {
    tools: initialToolsState(),
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
