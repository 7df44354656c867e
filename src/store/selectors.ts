import { changeCounts } from '../analysis/compareDates';
import { filterNetwork, type NetworkView } from '../filter/filterNetwork';
import type { AppState } from './appState';
import { changesInView } from './compareSelectors';
import { memoizeLast } from './memoizeLast';
import { effectiveTheme, type Theme } from '../theme/theme';

// Module-level selectors: stable identities, so components re-render only when their slice changes.
export const selectIndex = (s: AppState) => s.index;
export const selectFilters = (s: AppState) => s.filters;
export const selectSelection = (s: AppState) => s.selection;
export const selectPositions = (s: AppState) => s.positions;
/** Whether the current dataset is being laid out: no positions yet, and no failure. */
export const selectLayingOut = (s: AppState) => s.index !== null && s.positions === null && s.layoutError === null;

const viewOf = memoizeLast(filterNetwork);
/** What the filters leave on screen; recomputed only when the dataset or the filters change. */
export const selectNetworkView = (s: AppState): NetworkView | null => (s.index ? viewOf(s.index, s.filters) : null);

const indexAndViewOf = memoizeLast((index: AppState['index'], view: NetworkView | null) => ({ index, view }));
/** The dataset and what the filters show of it, as one object, for work deferred as a consistent pair. */
export const selectIndexAndView = (s: AppState) => indexAndViewOf(s.index, selectNetworkView(s));

/** The date sanctions are read on: the chosen `As of`, or the latest round's date. */
export const selectEffectiveAsOf = (s: AppState): string | null =>
  s.filters.asOf ?? s.index?.timelineDates.at(-1) ?? null;

/**
 * The status line, e.g. `42 of 61 entities · 55 of 80 links · 30 sanctioned as of 2023-09-25`; with
 * Compare on it goes on `· 19 added` (listings and links), and `· 2 ended` when something ended.
 */
export const selectStatusText = (s: AppState): string | null => {
  const view = selectNetworkView(s);
  if (!s.index || !view || !s.drawn) return null;
  const { entities, links } = s.index.dataset;
  const shownEntities = view.shownEntities.size + view.contextEntities.size;
  const shownLinks = view.shownLinks.size + view.contextLinks.size;
  const asOf = selectEffectiveAsOf(s);
  const changes = changesInView(s, view, asOf);
  const counts = changes ? changeCounts(changes) : null;
  return [
    `${shownEntities} of ${entities.length} entities`,
    `${shownLinks} of ${links.length} links`,
    `${view.sanctionedCount} sanctioned${asOf ? ` as of ${asOf}` : ''}`,
    ...(view.undatedCount > 0 ? [`${view.undatedCount} listed, date unknown`] : []),
    ...(counts ? [`${counts.added} added`, ...(counts.ended > 0 ? [`${counts.ended} ended`] : [])] : []),
  ].join(' · ');
};

/** The theme being drawn: the user's choice, or the system's; light while printing, as paper is white. */
export const selectTheme = (s: AppState): Theme =>
  s.printing ? 'light' : effectiveTheme(s.themeChoice, s.systemPrefersDark);
