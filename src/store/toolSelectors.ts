import { exposure, type ExposureRow } from '../analysis/exposure';
import { shortestPaths } from '../analysis/paths';
import type { Link } from '../model/types';
import type { AppState } from './appState';
import { memoizeLast } from './memoizeLast';
import { selectEffectiveAsOf, selectNetworkView } from './selectors';

/** Classes that a tool puts on the elements it picks out; everything else on screen is dimmed. */
export type Highlight = ReadonlyMap<string, string>;

const pathsOf = memoizeLast(shortestPaths);
/** The shortest paths between the chosen ends (over the whole network), or null until both are chosen. */
export const selectPaths = (s: AppState): Link[][] | null => {
  const { from, to } = s.tools.path;
  return s.index && from && to ? pathsOf(s.index, from, to, 5) : null;
};

const exposureOf = memoizeLast((index: NonNullable<AppState['index']>, view: NonNullable<ReturnType<typeof selectNetworkView>>, asOf: string | null, authority: string | null) =>
  exposure(index, asOf, authority, (id) => view.shownEntities.has(id) || view.contextEntities.has(id)),
);
/** Exposure rows for what is on screen, or null when Exposure is off. */
export const selectExposure = (s: AppState): ExposureRow[] | null => {
  const view = selectNetworkView(s);
  if (!s.tools.exposure.on || !s.index || !view) return null;
  return exposureOf(s.index, view, selectEffectiveAsOf(s), s.tools.exposure.authority);
};

const pathHighlight = memoizeLast((paths: Link[][]): Highlight => {
  const classes = new Map<string, string>();
  for (const link of paths.flat()) {
    classes.set(link.id, 'on-path');
    classes.set(link.source, 'on-path');
    classes.set(link.target, 'on-path');
  }
  return classes;
});

const exposureHighlight = memoizeLast((rows: ExposureRow[], index: NonNullable<AppState['index']>): Highlight => {
  const classes = new Map<string, string>();
  for (const row of rows) {
    for (const partner of row.partners) if (!classes.has(partner)) classes.set(partner, 'exposure-partner');
    for (const link of index.linksByEntity.get(row.entityId) ?? []) {
      if (row.partners.includes(link.source) || row.partners.includes(link.target)) classes.set(link.id, 'on-path');
    }
  }
  for (const row of rows) classes.set(row.entityId, 'exposed');
  return classes;
});

/** What the active tool picks out: a found path first, else exposure; null when neither is on. */
export const selectHighlight = (s: AppState): Highlight | null => {
  const paths = selectPaths(s);
  if (paths && paths.length > 0) return pathHighlight(paths);
  const rows = selectExposure(s);
  return rows && s.index ? exposureHighlight(rows, s.index) : null;
};
