import type { ViewClasses } from '../graph/viewClasses';
import type { Clustering } from './clusters';

export interface ClusterLook {
  label: string;
  classes: string[];
}

/**
 * How each cluster is drawn given the classes its members would have: labelled with how many members
 * the filters leave and how many of those are sanctioned, dimmed when none is plainly shown (all
 * filtered out, or only context around a focus or a highlight), marked when it holds sanctioned ones.
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
      inView === total
        ? `${total.toLocaleString('en')} entities`
        : `${inView.toLocaleString('en')} of ${total.toLocaleString('en')} entities`;
    looks.set(cluster.id, {
      label: `${count}\n${sanctioned.toLocaleString('en')} sanctioned`,
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
