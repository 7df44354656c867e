import { changesBetween, defaultCompareSpan, type DateChanges } from '../analysis/compareDates';
import type { NetworkView } from '../filter/filterNetwork';
import type { AppState } from './appState';
import { memoizeLast } from './memoizeLast';

// These take the view and the As of date as arguments rather than importing `selectors.ts`, so the
// status line there can count changes without an import cycle.

/** The dates Compare reads: those chosen, else the round before `to` and the As of date; null when off. */
export function compareSpan(s: AppState, asOf: string | null): { from: string | null; to: string } | null {
  const to = s.tools.compare.to ?? asOf;
  if (!s.index || !s.tools.compare.on || !to) return null;
  return { from: s.tools.compare.from ?? defaultCompareSpan(s.index, to).from, to };
}

const changesOf = memoizeLast(
  (index: NonNullable<AppState['index']>, view: NetworkView, from: string | null, to: string) =>
    changesBetween(
      index,
      from,
      to,
      (id) =>
        view.shownEntities.has(id) ||
        view.contextEntities.has(id) ||
        view.shownLinks.has(id) ||
        view.contextLinks.has(id),
    ),
);

/** What was added and ended between the compared dates, among what the view shows; null when Compare is off. */
export function changesInView(s: AppState, view: NetworkView | null, asOf: string | null): DateChanges | null {
  const span = compareSpan(s, asOf);
  return s.index && view && span ? changesOf(s.index, view, span.from, span.to) : null;
}
