import { clusterNetwork, type Clustering } from '../layout/clusters';
import type { AppState } from './appState';
import { memoizeLast } from './memoizeLast';
import { selectNetworkView } from './selectors';
import { selectHighlight, selectPaths } from './toolSelectors';

/**
 * Above this many entities the canvas opens on an overview of clusters. Decided by the dataset, not
 * the filters, so a filter never switches the whole canvas between two ways of drawing.
 */
export const OVERVIEW_ABOVE = 2500;
/**
 * A large network's layout spans far more than a screen: the overview is seen from further out. The
 * 100,000-entity layout is ~490,000 units across; at 0.001 its overview overflowed a 1280 × 720
 * window (a canvas ~450 px high wants ~0.0008).
 */
export const OVERVIEW_MIN_ZOOM = 0.0001;
/** While the filters (a focus, say) leave at most this many entities, the clusters holding them open. */
const FEW_SHOWN = 500;

const clusteringOf = memoizeLast(
  (index: NonNullable<AppState['index']>, positions: NonNullable<AppState['positions']>) =>
    clusterNetwork(
      index.dataset.entities.map((e) => e.id),
      index.dataset.links,
      positions,
    ),
);

/**
 * The overview's clusters for a large dataset once it is laid out (as the layout worker grouped them,
 * or grouped here); null when the canvas draws every entity.
 */
export const selectClustering = (s: AppState): Clustering | null =>
  s.index && s.positions && s.index.dataset.entities.length > OVERVIEW_ABOVE
    ? (s.clustering ?? clusteringOf(s.index, s.positions))
    : null;

const targetsOf = memoizeLast(
  (
    selection: AppState['selection'],
    index: AppState['index'],
    highlight: ReadonlyMap<string, string> | null,
    shown: ReadonlySet<string> | null,
  ) => {
    const targets = new Set<string>();
    if (selection?.type === 'entity') targets.add(selection.id);
    const link = selection?.type === 'link' ? index?.linkById.get(selection.id) : undefined;
    if (link) targets.add(link.source).add(link.target);
    for (const id of highlight?.keys() ?? []) targets.add(id);
    for (const id of shown ?? []) targets.add(id);
    return targets;
  },
);

/** The shown entities when they are few; otherwise null, so a filter that leaves many changes no target. */
const fewShown = (shown: ReadonlySet<string> | undefined) => (shown && shown.size <= FEW_SHOWN ? shown : null);

/** A found path is highlighted; other tools' highlights may name thousands of entities. */
const pathHighlight = (s: AppState) => ((selectPaths(s)?.length ?? 0) > 0 ? selectHighlight(s) : null);

/**
 * What the user is looking at: the selection, a found path, or the few entities a focus leaves. Their
 * clusters open, so search, focus and path show entities, not clusters. Link ids may be among them;
 * they belong to no cluster and are passed over.
 */
export const selectOverviewTargets = (s: AppState): ReadonlySet<string> =>
  targetsOf(s.selection, s.index, pathHighlight(s), fewShown(selectNetworkView(s)?.shownEntities));

const NO_HIGHLIGHT: readonly string[] = [];
const highlightedIds = memoizeLast((highlight: ReadonlyMap<string, string> | null) =>
  highlight ? [...highlight.keys()] : NO_HIGHLIGHT,
);

/**
 * What exposure, open channels or compare pick out, in their order (exposure: the exposed, most
 * exposed first, then their partners). Their clusters open too, but within a smaller budget than the
 * targets': on 20,000 entities exposure names thousands, and opening them all at the overview's zoom
 * froze the page for seconds.
 */
export const selectOverviewHighlights = (s: AppState): readonly string[] =>
  highlightedIds(pathHighlight(s) ? null : selectHighlight(s));
