import type { ElementDefinition } from 'cytoscape';
import type { Positions } from '../layout/computeLayout';
import type { LayoutEdge, LayoutNode } from '../layout/computeLayout';
import { filingCountry } from '../model/countries';
import { LINK_KIND_TABLE } from '../model/linkKinds';
import type { Dataset, Entity, Link } from '../model/types';
import type { FamilyClass, GraphClass } from './graphClasses';
import { linkLabel } from './labels';
import { END_USER_SIZE, NODE_SIZE } from '../layout/metrics';

/** What the layout needs to know about a dataset: ids, node label texts and node sizes. */
export function layoutInput(dataset: Dataset): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  return {
    nodes: dataset.entities.map((e) => {
      const endUser = e.role === 'end-user';
      return { id: e.id, label: e.name, size: endUser ? END_USER_SIZE : NODE_SIZE, bold: endUser };
    }),
    edges: dataset.links.map((l) => ({ id: l.id, source: l.source, target: l.target })),
  };
}

/**
 * Every entity and link as a Cytoscape element, with the classes that never change for a dataset
 * (kind, role, confidence). What filters change (hidden, dimmed, sanctioned...) is applied as classes
 * later, so a filter never rebuilds elements or moves a node.
 */
export function buildElements(dataset: Dataset, positions: Positions): ElementDefinition[] {
  return [...dataset.entities.map((entity) => entityElement(entity, positions)), ...dataset.links.map(linkElement)];
}

/** One entity as a Cytoscape node at its layout position; the overview adds entities one cluster at a time. */
export function entityElement(entity: Entity, positions: Positions): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: entity.id,
      label: entity.name,
      kind: entity.kind,
      role: entity.role,
      country: filingCountry(entity.country),
    },
    position: { ...(positions[entity.id] ?? { x: 0, y: 0 }) },
    classes: elementClasses([`kind-${entity.kind}`, `role-${entity.role}`, entity.role === 'end-user' && 'end-user']),
  };
}

/** One link as a Cytoscape edge. */
export function linkElement(link: Link): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: link.id,
      source: link.source,
      target: link.target,
      kind: link.kind,
      label: linkLabel(link),
      confidence: link.confidence,
    },
    classes: elementClasses([
      `link-${link.kind}`,
      `confidence-${link.confidence}`,
      !!link.uncertain && 'uncertain',
      !LINK_KIND_TABLE[link.kind].directed && 'undirected',
    ]),
  };
}

/** The classes that apply, checked against the graph class table. */
const elementClasses = (names: Array<GraphClass | FamilyClass | false>): string[] =>
  names.filter((name): name is GraphClass | FamilyClass => name !== false);
