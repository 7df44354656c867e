import type { ElementDefinition } from 'cytoscape';
import { entityElement, linkElement } from '../graph/buildElements';
import { withViewClasses, type ViewClasses } from '../graph/viewClasses';
import type { Positions } from '../layout/computeLayout';
import type { DatasetIndex } from '../model/datasetIndex';
import { AGGREGATE_ID_PREFIX, aggregateElement, clusterElement } from './overviewElements';

const WARM_UP_PREFIX = 'warm-up:';
const TILE = 240;
const COLUMNS = 6;

/**
 * A small stand-in for what the first frames of a large network draw, to draw once out of sight while
 * its layout runs (see components/graph/warmUpDrawing.ts): `count` discs numbered and sliced as the
 * overview's clusters are (some ringed as holding sanctioned entities), links between them, and the
 * dataset's first `count` entities with the links among them, in the classes the view gives them.
 */
export function warmUpElements(index: DatasetIndex, classes: ViewClasses | null, count: number): ElementDefinition[] {
  const discs: ElementDefinition[] = [];
  for (let i = 0; i < count; i++) {
    const x = (i % COLUMNS) * TILE;
    const y = Math.floor(i / COLUMNS) * TILE;
    const members = Array.from({ length: 5 ** (1 + (i % 4)) }, () => '');
    const cluster = {
      id: `${WARM_UP_PREFIX}${i}`,
      members,
      box: { x1: x, y1: y, x2: x + TILE, y2: y + TILE },
      centre: { x: x + TILE / 2, y: y + TILE / 2 },
    };
    const disc = clusterElement(cluster, 5 ** 4);
    const sanctionedShare = (i % 3) / 3;
    discs.push({
      ...disc,
      data: { ...disc.data, sanctionedShare },
      classes: sanctionedShare > 0 ? ['cluster', 'cluster-sanctioned'] : ['cluster'],
    });
  }
  const discLinks = discs.slice(1).map((disc, i) => {
    const source = discs[i]!.data.id!;
    const target = disc.data.id!;
    const pair = { source, target, count: 1 + i * 3 };
    return aggregateElement(`${AGGREGATE_ID_PREFIX}${source}~${target}`, pair, disc.data.size as number);
  });

  const entities = index.dataset.entities.slice(0, count);
  const top = Math.ceil(count / COLUMNS) * TILE + TILE;
  const positions: Positions = Object.fromEntries(
    entities.map((entity, i) => [entity.id, { x: (i % COLUMNS) * TILE, y: top + Math.floor(i / COLUMNS) * TILE }]),
  );
  const ids = new Set(entities.map((entity) => entity.id));
  const links = [...new Set(entities.flatMap((entity) => index.linksByEntity.get(entity.id) ?? []))].filter(
    (link) => ids.has(link.source) && ids.has(link.target),
  );
  const viewed = (element: ElementDefinition) => (classes ? withViewClasses(element, classes) : element);
  return [
    ...discs,
    ...discLinks,
    ...entities.map((entity) => viewed(entityElement(entity, positions))),
    ...links.map((link) => viewed(linkElement(link))),
  ];
}
