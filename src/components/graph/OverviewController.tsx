import type { Core, EventObject } from 'cytoscape';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { withViewClasses } from '../../graph/viewClasses';
import { aggregateClasses, clusterLooks } from '../../overview/clusterLooks';
import type { Clustering } from '../../layout/clusters';
import { clustersHolding, clustersToOpen } from '../../overview/expansion';
import { diffElements, overviewElements } from '../../overview/overviewElements';
import { selectOverviewHighlights, selectOverviewTargets } from '../../store/overviewSelectors';
import { selectIndex, selectPositions } from '../../store/selectors';
import { selectViewClasses } from '../../store/viewClassSelectors';
import { useAppStore } from '../../store/useAppStore';
import { fitViewport } from '../../graph/fitViewport';
import { useOpenInSteps } from './useOpenInSteps';
import { fitArea } from './viewport';

/** How long the viewport must rest before clusters open or close. */
const SETTLE_MS = 150;
const TILE_PADDING = 60;

/**
 * Draws a large network as an overview, rendering nothing itself: clusters open where the user zooms
 * in or clicks and where a tool points (selection, path, focus...), and close when zoomed out; many
 * open a step a frame (useOpenInSteps). Each change is applied as one diff in one batch; only what
 * changes is touched. Added entities and links
 * carry the view's classes at once, so ViewController's record of what it applied stays true.
 */
export function OverviewController({ cy, clustering }: { cy: Core; clustering: Clustering }) {
  const index = useAppStore(selectIndex);
  const positions = useAppStore(selectPositions);
  const classes = useAppStore(selectViewClasses);
  const userOpen = useAppStore((s) => s.openClusters);
  const targets = useAppStore(selectOverviewTargets);
  const highlights = useAppStore(selectOverviewHighlights);
  const looksApplied = useRef(new Map<string, string>());
  const drawnFor = useRef<Clustering | null>(null);

  const wantedOpen = useMemo(
    () => [...clustersHolding(clustering, userOpen, targets, highlights)],
    [clustering, userOpen, targets, highlights],
  );
  const open = useOpenInSteps(wantedOpen, clustering);
  const wanted = useMemo(
    () => (index && positions ? overviewElements(clustering, index, positions, open) : null),
    [clustering, index, positions, open],
  );

  // Layout effects run before ViewController's effects, so a centre or fit request made with the same
  // change finds the entities it names already drawn.
  useLayoutEffect(() => {
    if (!wanted || !classes) return;
    if (drawnFor.current !== clustering) {
      // Another dataset: ids may repeat across datasets, so nothing of the last one is kept.
      cy.elements().remove();
      looksApplied.current.clear();
      drawnFor.current = clustering;
    }
    const present = new Set<string>(cy.elements().map((element) => element.id()));
    const { add, remove } = diffElements(present, wanted);
    const looks = clusterLooks(clustering, classes);
    cy.batch(() => {
      if (remove.length > 0) {
        const removed = new Set(remove);
        cy.remove(cy.elements().filter((element) => removed.has(element.id())));
      }
      for (const id of remove) looksApplied.current.delete(id);
      if (add.length > 0) cy.add(add.map((element) => withViewClasses(element, classes)));
      for (const [id, look] of looks) {
        const key = `${look.classes.join(' ')}|${look.description}`;
        if (!wanted.has(id) || looksApplied.current.get(id) === key) continue;
        looksApplied.current.set(id, key);
        const { label, description, sanctionedShare } = look;
        cy.getElementById(id).classes(look.classes).data({ label, description, sanctionedShare });
      }
      cy.edges('.aggregate').forEach((edge) => {
        const ends = [edge.data('source') as string, edge.data('target') as string].map(
          (id) => looks.get(id)?.classes ?? classes.get(id) ?? [],
        );
        const key = aggregateClasses(ends[0]!, ends[1]!).join(' ');
        if (looksApplied.current.get(edge.id()) === key) return;
        looksApplied.current.set(edge.id(), key);
        edge.classes(key);
      });
    });
    // The label planner plans names when the viewport settles; entities just drawn need names too.
    if (add.length > 0) cy.emit('resize');
  }, [cy, clustering, wanted, classes]);

  // Leaving the overview (a small dataset is opened): the canvas's own element list takes over.
  useLayoutEffect(
    () => () => {
      if (!cy.destroyed()) cy.elements().remove();
    },
    [cy],
  );

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onViewport = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { openClusters, setOpenClusters } = useAppStore.getState();
        const extent = cy.extent();
        const next = clustersToOpen(clustering.clusters, openClusters, { ...extent, zoom: cy.zoom() });
        if (next.size !== openClusters.size || [...next].some((id) => !openClusters.has(id))) setOpenClusters(next);
      }, SETTLE_MS);
    };
    // A click on a cluster opens it and frames its tile, where the zoom rule keeps it open.
    const onCluster = (event: EventObject) => {
      const cluster = clustering.clusterById.get(event.target.id());
      if (!cluster) return;
      const { openClusters, setOpenClusters } = useAppStore.getState();
      setOpenClusters(new Set([...openClusters, cluster.id]));
      const { x1, y1, x2, y2 } = cluster.box;
      const tile = { x1: x1 - TILE_PADDING, y1: y1 - TILE_PADDING, x2: x2 + TILE_PADDING, y2: y2 + TILE_PADDING };
      cy.viewport(fitViewport(tile, fitArea(cy, { x: 0, y: 0 })));
    };
    cy.on('viewport', onViewport);
    cy.on('tap', 'node.cluster', onCluster);
    return () => {
      clearTimeout(timer);
      cy.off('viewport', onViewport);
      cy.off('tap', 'node.cluster', onCluster);
    };
  }, [cy, clustering]);

  return null;
}
