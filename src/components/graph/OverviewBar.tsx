import type { Clustering } from '../../layout/clusters';
import { useAppStore } from '../../store/useAppStore';
import { formatCount } from '../../model/formatCount';

/** The bar's class: fits find it by it, to keep the strip it covers clear (see viewport.ts). */
export const OVERVIEW_BAR_CLASS = 'overview-bar';

function collapseAll() {
  const { closeAllClusters, fitView } = useAppStore.getState();
  closeAllClusters();
  fitView();
}

/** Says the canvas shows an overview and offers the way back to it once clusters are open. */
export function OverviewBar({ clustering }: { clustering: Clustering }) {
  const open = useAppStore((s) => s.openClusters.size);
  return (
    <div className={OVERVIEW_BAR_CLASS}>
      <span>
        Overview: {formatCount(clustering.clusters.length)} clusters
        {open > 0 ? `, ${open} open` : ''}; zoom in or click one to open it.
      </span>
      <span className="overview-key">
        <span className="overview-swatch" aria-hidden="true" />
        Each disc numbers its entities; red is the share sanctioned; lines join linked discs.
      </span>
      <button type="button" onClick={collapseAll} disabled={open === 0}>
        Collapse all
      </button>
    </div>
  );
}
