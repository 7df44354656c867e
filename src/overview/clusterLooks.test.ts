import { describe, expect, it } from 'vitest';
import { aggregateClasses, clusterLooks } from './clusterLooks';
import { clusterNetwork } from '../layout/clusters';
import type { ViewClasses } from '../graph/viewClasses';
import type { ViewClass } from '../graph/graphClasses';

const ids = ['a', 'b', 'c', 'd'];
const positions = Object.fromEntries(ids.map((id, i) => [id, { x: i, y: 0 }]));
const clustering = clusterNetwork(ids, [{ source: 'a', target: 'b' }], positions, 10);
const only = clustering.clusters[0]!.id;

describe('clusterLooks', () => {
  it('numbers a cluster with its count, and describes its count and sanctioned count', () => {
    const classes: ViewClasses = new Map(ids.map((id) => [id, id === 'a' ? ['sanctioned'] : ['never-listed']]));
    expect(clusterLooks(clustering, classes).get(only)).toEqual({
      label: '4',
      description: '4 entities, 1 sanctioned',
      sanctionedShare: 0.25,
      classes: ['cluster', 'cluster-sanctioned'],
    });
  });

  it('counts what the filters leave, not hidden members or their sanctions', () => {
    const classes: ViewClasses = new Map([
      ['a', ['sanctioned', 'hidden']],
      ['b', ['never-listed', 'hidden']],
      ['c', ['never-listed']],
      ['d', ['sanctioned', 'dimmed']],
    ]);
    expect(clusterLooks(clustering, classes).get(only)).toEqual({
      label: '2',
      description: '2 of 4 entities, 1 sanctioned',
      sanctionedShare: 0.5,
      classes: ['cluster', 'cluster-sanctioned'],
    });
  });

  it.each([
    ['all hidden', ['never-listed', 'hidden']],
    ['all context', ['never-listed', 'dimmed']],
  ])('dims a cluster with nothing plainly shown (%s)', (_, names) => {
    const classes: ViewClasses = new Map(ids.map((id) => [id, names as ViewClass[]]));
    expect(clusterLooks(clustering, classes).get(only)!.classes).toEqual(['cluster', 'dimmed']);
  });
});

describe('aggregateClasses', () => {
  it.each([
    [['cluster'], ['never-listed'], ['aggregate']],
    [['cluster', 'dimmed'], ['sanctioned'], ['aggregate', 'dimmed']],
    [['cluster'], ['sanctioned', 'hidden'], ['aggregate', 'hidden']],
  ])('%j to %j is drawn %j', (source, target, expected) => expect(aggregateClasses(source, target)).toEqual(expected));
});
