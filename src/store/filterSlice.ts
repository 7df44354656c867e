import type { StateCreator } from 'zustand';
import type { FilterState } from '../filter/filterState';
import { openingFilters } from '../filter/openingFilters';
import type { Direction } from '../analysis/neighbourhood';
import type { AppState, SliceActions } from './appState';

export interface FilterSlice {
  filters: FilterState;
  setCountries: (countries: readonly string[] | null) => void;
  toggleCountry: (code: string, allCodes: readonly string[]) => void;
  setAsOf: (asOf: string | null) => void;
  setHideNotYetListed: (hide: boolean) => void;
  toggleRound: (roundId: string) => void;
  setRounds: (roundIds: readonly string[]) => void;
  setListedBy: (authority: string | null) => void;
  setNotListedBy: (authority: string | null) => void;
  /** Focus on an entity's neighbourhood, keeping the current hops and direction. */
  focusOn: (entityId: string) => void;
  setFocusHops: (hops: number) => void;
  setFocusDirection: (direction: Direction) => void;
  showAll: () => void;
  /** Back to the dataset's opening view (no filter at all if it has none). */
  resetFilters: () => void;
}

export const createFilterSlice: StateCreator<AppState, [], [], SliceActions<FilterSlice>> = (set, get) => {
  const patch = (change: Partial<FilterState>) => set((state) => ({ filters: { ...state.filters, ...change } }));
  return {
    setCountries: (countries) => patch({ countries }),
    toggleCountry: (code, allCodes) =>
      set((state) => {
        const current = new Set(state.filters.countries ?? allCodes);
        if (current.has(code)) current.delete(code);
        else current.add(code);
        // Every country ticked is the same as no country filter; store it that way so URLs stay short.
        const countries = allCodes.every((c) => current.has(c)) ? null : allCodes.filter((c) => current.has(c));
        return { filters: { ...state.filters, countries } };
      }),
    setAsOf: (asOf) => patch({ asOf }),
    setHideNotYetListed: (hideNotYetListed) => patch({ hideNotYetListed }),
    toggleRound: (roundId) =>
      set((state) => {
        const rounds = state.filters.rounds.includes(roundId)
          ? state.filters.rounds.filter((id) => id !== roundId)
          : [...state.filters.rounds, roundId];
        return { filters: { ...state.filters, rounds } };
      }),
    setRounds: (rounds) => patch({ rounds }),
    setListedBy: (listedBy) => patch({ listedBy }),
    setNotListedBy: (notListedBy) => patch({ notListedBy }),
    focusOn: (entity) =>
      set((state) => ({
        filters: { ...state.filters, focus: { hops: 1, direction: 'both', ...state.filters.focus, entity } },
      })),
    setFocusHops: (hops) =>
      set((state) =>
        state.filters.focus ? { filters: { ...state.filters, focus: { ...state.filters.focus, hops } } } : state,
      ),
    setFocusDirection: (direction) =>
      set((state) =>
        state.filters.focus ? { filters: { ...state.filters, focus: { ...state.filters.focus, direction } } } : state,
      ),
    showAll: () => patch({ focus: null }),
    resetFilters: () => set({ filters: openingFilters(get().index) }),
  };
};
