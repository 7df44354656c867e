import { beforeEach, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { initialFilterState } from '../filter/filterState';
import { makeDataset, makeEntity } from '../test/factories';
import type { AppState } from './appState';
import { selectLayingOut, selectNetworkView, selectStatusText, selectTheme } from './selectors';
import { createAppState } from './useAppStore';

let store = create<AppState>()(createAppState);
const ALL = ['CN', 'FI', 'RU'];

beforeEach(() => {
  store = create<AppState>()(createAppState);
  store.getState().setDataset(
    makeDataset({
      entities: [
        makeEntity({ country: 'HK' }),
        makeEntity({ id: 'entity-2', country: 'FI' }),
        makeEntity({ id: 'entity-3' }),
      ],
    }),
  );
});

describe('the store', () => {
  it('is laying out from a new dataset until its positions come or the layout fails', () => {
    expect(selectLayingOut(store.getState())).toBe(true);
    store.getState().setLayoutError('worker gone');
    expect(selectLayingOut(store.getState())).toBe(false);
    store.getState().setPositions({});
    expect(selectLayingOut(store.getState())).toBe(false);
  });

  it("draws the chosen theme, the system's when following it, and light while printing", () => {
    store.getState().setSystemPrefersDark(true);
    expect(selectTheme(store.getState())).toBe(store.getState().themeChoice === 'light' ? 'light' : 'dark');
    store.getState().setThemeChoice('dark');
    expect(selectTheme(store.getState())).toBe('dark');
    store.getState().setPrinting(true);
    expect(selectTheme(store.getState())).toBe('light');
    store.getState().setPrinting(false);
    expect(selectTheme(store.getState())).toBe('dark');
  });

  it('toggles a country off, then back on to "no country filter"', () => {
    store.getState().toggleCountry('FI', ALL);
    expect(store.getState().filters.countries).toEqual(['CN', 'RU']);
    store.getState().toggleCountry('FI', ALL);
    expect(store.getState().filters.countries).toBeNull();
  });

  it('adds and removes rounds', () => {
    store.getState().toggleRound('round-1');
    expect(store.getState().filters.rounds).toEqual(['round-1']);
    store.getState().toggleRound('round-1');
    expect(store.getState().filters.rounds).toEqual([]);
  });

  it('resets every filter at once', () => {
    const { setCountries, setAsOf, setHideNotYetListed, toggleRound, setListedBy, focusOn, resetFilters } =
      store.getState();
    setCountries(['CN']);
    setAsOf('2023-01-01');
    setHideNotYetListed(true);
    toggleRound('round-1');
    setListedBy('US BIS');
    focusOn('entity-2');
    resetFilters();
    expect(store.getState().filters).toEqual(initialFilterState());
  });

  it('focuses with one hop both ways, keeps hops and direction when moving the focus, and shows all', () => {
    const { focusOn, setFocusHops, setFocusDirection, showAll } = store.getState();
    setFocusHops(2);
    expect(store.getState().filters.focus).toBeNull();
    focusOn('entity-2');
    expect(store.getState().filters.focus).toEqual({ entity: 'entity-2', hops: 1, direction: 'both' });
    setFocusHops(3);
    setFocusDirection('in');
    focusOn('entity-3');
    expect(store.getState().filters.focus).toEqual({ entity: 'entity-3', hops: 3, direction: 'in' });
    showAll();
    expect(store.getState().filters.focus).toBeNull();
  });

  it('derives the view and recomputes it only when its inputs change', () => {
    const first = selectNetworkView(store.getState());
    store.getState().selectEntity('entity-2');
    expect(selectNetworkView(store.getState())).toBe(first);
    store.getState().setCountries(['FI']);
    expect(selectNetworkView(store.getState())?.shownEntities).toEqual(new Set(['entity-2']));
  });

  it('writes the status line only once the graph is drawn', () => {
    expect(selectStatusText(store.getState())).toBeNull();
    store.getState().setDrawn(true);
    expect(selectStatusText(store.getState())).toBe('3 of 3 entities · 1 of 1 links · 1 sanctioned as of 2023-09-25');
  });

  it('clears the selection, focus and path ends when a new dataset arrives', () => {
    store.getState().selectEntity('entity-2');
    store.getState().focusOn('entity-2');
    store.getState().setPathEnd('from', 'entity-2');
    store.getState().setTab('table');
    store.getState().setDataset(makeDataset());
    expect(store.getState().selection).toBeNull();
    expect(store.getState().filters.focus).toBeNull();
    expect(store.getState().tools.path).toEqual({ from: null, to: null });
    expect(store.getState().tools.tab).toBe('table');
  });
});
