// The view a user shapes besides the filters: what is selected, and the researcher tools. The store
// holds it, the address and saved views write and read it; it lives below all three so none of them
// needs another to know its shape.

/** What the details panel shows: one entity, link or round, or nothing. */
export type SelectionType = 'entity' | 'link' | 'round';
export type Selection = { type: SelectionType; id: string } | null;

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

export function initialToolsState(): ToolsState {
  return {
    path: { from: null, to: null },
    exposure: { on: false, authority: null },
    channels: { on: false, authority: null, dayBefore: false, route: null },
    compare: { on: false, from: null, to: null },
    tab: 'graph',
  };
}
