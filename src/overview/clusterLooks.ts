import type { ViewClasses } from '../graph/viewClasses';
import type { Clustering } from '../layout/clusters';
import { formatCount } from '../model/formatCount';

export interface ClusterLook {
  /** What is written on the cluster: how many members the filters leave, short enough to be read. */
  label: string;
  /** The whole count in words, for the hover card and the keyboard's announcement. */
  description: string;
  /** The share of those members sanctioned as of the date, from 0 to 1: the disc's red slice. */
  sanctionedShare: number;
  classes: string[];
}

/**
 * How each cluster is drawn given the classes its members would have: numbered with how many members
 * the filters leave, its sanctioned share as a red slice, dimmed when none is plainly shown (all
 * filtered out, or only context around a focus or a highlight), ringed when it holds sanctioned ones.
 */
export function clusterLooks(clustering: Clustering, classes: ViewClasses): Map<string, ClusterLook> {
  const looks = new Map<string, ClusterLook>();
  for (const cluster of clustering.clusters) {
    let inView = 0;
    let plain = 0;
    let sanctioned = 0;
    for (const id of cluster.members) {
      const names = classes.get(id);
      if (!names || names.includes('hidden')) continue;
      inView++;
      if (!names.includes('dimmed')) plain++;
      if (names.includes('sanctioned')) sanctioned++;
    }
    const total = cluster.members.length;
    const count =
      inView === total ? `${formatCount(total)} entities` : `${formatCount(inView)} of ${formatCount(total)} entities`;
    looks.set(cluster.id, {
      label: formatCount(inView),
      description: `${count}, ${formatCount(sanctioned)} sanctioned`,
      sanctionedShare: inView === 0 ? 0 : sanctioned / inView,
      classes: ['cluster', ...(plain === 0 ? ['dimmed'] : []), ...(sanctioned > 0 ? ['cluster-sanctioned'] : [])],
    });
  }
  return looks;
}

/** A link drawn to or between clusters is hidden or dimmed as its ends are. */
export function aggregateClasses(sourceClasses: readonly string[], targetClasses: readonly string[]): string[] {
  const ends = [...sourceClasses, ...targetClasses];
  if (ends.includes('hidden')) return ['aggregate', 'hidden'];
  return ends.includes('dimmed') ? ['aggregate', 'dimmed'] : ['aggregate'];
}
