import type { ViewClass } from '../graph/graphClasses';
import type { DateChanges } from '../analysis/compareDates';
import { exposure, type ExposureRow } from '../analysis/exposure';
import type { OpenChannel } from '../analysis/openChannels';
import { shortestPaths } from '../analysis/paths';
import type { Link } from '../model/types';
import type { AppState } from './appState';
import { selectHighlightedChannels } from './channelSelectors';
import { changesInView } from './compareSelectors';
import { memoizeLast } from './memoizeLast';
import { selectEffectiveAsOf, selectNetworkView } from './selectors';

/** Classes that a tool puts on the elements it picks out; everything else on screen is dimmed. */
export type Highlight = ReadonlyMap<string, ViewClass>;

const pathsOf = memoizeLast(shortestPaths);
/** The shortest paths between the chosen ends (over the whole network), or null until both are chosen. */
export const selectPaths = (s: AppState): Link[][] | null => {
  const { from, to } = s.tools.path;
  return s.index && from && to ? pathsOf(s.index, from, to, 5) : null;
};

const exposureOf = memoizeLast(
  (
    index: NonNullable<AppState['index']>,
    view: NonNullable<ReturnType<typeof selectNetworkView>>,
    asOf: string | null,
    authority: string | null,
  ) => exposure(index, asOf, authority, (id) => view.shownEntities.has(id) || view.contextEntities.has(id)),
);
/** Exposure rows for what is on screen, or null when Exposure is off. */
export const selectExposure = (s: AppState): ExposureRow[] | null => {
  const view = selectNetworkView(s);
  if (!s.tools.exposure.on || !s.index || !view) return null;
  return exposureOf(s.index, view, selectEffectiveAsOf(s), s.tools.exposure.authority);
};

/** What was added and ended between Compare's dates, in the view; null when Compare is off. */
export const selectChanges = (s: AppState): DateChanges | null =>
  changesInView(s, selectNetworkView(s), selectEffectiveAsOf(s));

/** Every link of the routes, and their ends, with one class. */
const linksHighlight = (links: Iterable<Link>, name: ViewClass): Map<string, ViewClass> => {
  const classes = new Map<string, ViewClass>();
  for (const link of links) {
    classes.set(link.id, name);
    classes.set(link.source, name);
    classes.set(link.target, name);
  }
  return classes;
};

const pathHighlight = memoizeLast((paths: Link[][]): Highlight => linksHighlight(paths.flat(), 'on-path'));

const channelHighlight = memoizeLast((channels: OpenChannel[]): Highlight =>
  linksHighlight(
    channels.flatMap((c) => c.links),
    'open-channel',
  ),
);

const exposureHighlight = memoizeLast((rows: ExposureRow[], index: NonNullable<AppState['index']>): Highlight => {
  // The exposed first, most exposed first: the overview opens the clusters of the first ones.
  const classes = new Map<string, ViewClass>(rows.map((row) => [row.entityId, 'exposed']));
  for (const row of rows) {
    for (const partner of row.partners) if (!classes.has(partner)) classes.set(partner, 'exposure-partner');
    for (const link of index.linksByEntity.get(row.entityId) ?? []) {
      if (row.partners.includes(link.source) || row.partners.includes(link.target)) classes.set(link.id, 'on-path');
    }
  }
  return classes;
});

/** Entities and links with something added between the dates are `added`; those where only something ended, `ended`. */
const changesHighlight = memoizeLast((changes: DateChanges): Highlight => {
  const classes = new Map<string, ViewClass>();
  for (const listing of changes.endedListings) classes.set(listing.entity, 'ended');
  for (const link of changes.endedLinks) classes.set(link.id, 'ended');
  for (const listing of changes.addedListings) classes.set(listing.entity, 'added');
  for (const link of changes.addedLinks) classes.set(link.id, 'added');
  return classes;
});

/** What the active tool picks out: a found path first, then open channels, exposure, compared dates; null when none is on. */
export const selectHighlight = (s: AppState): Highlight | null => {
  const paths = selectPaths(s);
  if (paths && paths.length > 0) return pathHighlight(paths);
  const channels = selectHighlightedChannels(s);
  if (channels) return channelHighlight(channels);
  const rows = selectExposure(s);
  if (rows && s.index) return exposureHighlight(rows, s.index);
  const changes = selectChanges(s);
  return changes ? changesHighlight(changes) : null;
};
