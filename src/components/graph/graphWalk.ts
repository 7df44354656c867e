import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { entityAnnouncement, linkAnnouncement, WALK_MESSAGES } from '../../graph/announcement';
import { KEYBOARD_FOCUS } from '../../graph/labelPriority';
import { farEnd, stepLink, walkableLinks, type WalkFocus } from '../../graph/linkWalk';
import { directionOfKey, nearestInDirection, nearestTo, type PlacedItem } from '../../graph/nearestInDirection';
import { selectEffectiveAsOf } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

/** What a key did: where the focus ring is now, and what the live region says. */
export interface WalkStep {
  focus: WalkFocus;
  message: string;
}

/** How close to the canvas's edge a focused entity may sit before the camera follows it. */
const EDGE_MARGIN = 24;

/**
 * The graph's keys (see GRAPH_KEYS): from the focus ring's place and a key, the next place and what to
 * say; it selects and moves the camera through the store's actions. Null for a key it does not use,
 * so the key goes on to the page (Escape with no focus ring leaves Present).
 */
export function walkKey(cy: Core, focus: WalkFocus, key: string): WalkStep | null {
  const direction = directionOfKey(key);
  if (direction) return focus ? moveInDirection(cy, focus, direction) : start(cy);
  if (key === ']' || key === '[') return focus ? followLinks(cy, focus, key === ']' ? 1 : -1) : start(cy);
  if (key === 'Enter') return focus ? choose(cy, focus) : start(cy);
  if (key === 'Escape') return focus ? { focus: null, message: WALK_MESSAGES.cleared } : null;
  if (key === 'Home' || key === '0') {
    useAppStore.getState().fitView();
    return { focus, message: WALK_MESSAGES.wholeNetwork(cy.nodes(':visible').length) };
  }
  return null;
}

/** What the live region says about a place: the entity or link, read from the dataset. */
export function describeFocus(cy: Core, focus: NonNullable<WalkFocus>): string {
  const state = useAppStore.getState();
  const index = state.index!;
  const asOf = selectEffectiveAsOf(state);
  if (focus.type === 'entity') return entityAnnouncement(index, focus.id, asOf, linksOf(cy, focus.id).length);
  const links = linksOf(cy, focus.from);
  const position = links.findIndex((link) => link.id === focus.id) + 1;
  return linkAnnouncement(index, focus.id, position > 0 ? { position, of: links.length } : null);
}

/** Whether an element is drawn (not hidden by the filters). */
function isDrawn(cy: Core, focus: NonNullable<WalkFocus>): boolean {
  const element = cy.getElementById(focus.id);
  return element.nonempty() && element.visible();
}

/** Puts the focus ring on `focus` alone (none for null), and tells the label planner to draw its name. */
export function showFocusRing(cy: Core, focus: WalkFocus) {
  cy.batch(() => {
    cy.elements(`.${KEYBOARD_FOCUS}`).removeClass(KEYBOARD_FOCUS);
    if (focus) cy.getElementById(focus.id).addClass(KEYBOARD_FOCUS);
  });
  cy.emit('keyboardfocus');
}

function reach(cy: Core, focus: NonNullable<WalkFocus>): WalkStep {
  bringIntoView(cy, focus);
  return { focus, message: describeFocus(cy, focus) };
}

/** The first step: the selection if it is drawn, else the entity nearest the middle of the view. */
function start(cy: Core): WalkStep {
  const selected = useAppStore.getState().selection;
  if (selected?.type === 'entity' && isDrawn(cy, { type: 'entity', id: selected.id }))
    return reach(cy, { type: 'entity', id: selected.id });
  const extent = cy.extent();
  const middle = nearestTo({ x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 }, placedEntities(cy));
  return middle ? reach(cy, { type: 'entity', id: middle.id }) : { focus: null, message: WALK_MESSAGES.nothingShown };
}

function moveInDirection(cy: Core, focus: NonNullable<WalkFocus>, direction: Parameters<typeof nearestInDirection>[2]) {
  const from =
    focus.type === 'entity' ? { id: focus.id, ...cy.getElementById(focus.id).position() } : midpoint(cy, focus.id);
  const next = nearestInDirection(from, placedEntities(cy), direction);
  return next ? reach(cy, { type: 'entity', id: next.id }) : { focus, message: WALK_MESSAGES.noneThatWay(direction) };
}

function followLinks(cy: Core, focus: NonNullable<WalkFocus>, delta: 1 | -1): WalkStep {
  const from = focus.type === 'entity' ? focus.id : focus.from;
  const next = stepLink(linksOf(cy, from), focus.type === 'link' ? focus.id : null, delta);
  if (!next) return { focus, message: WALK_MESSAGES.noLinks(useAppStore.getState().index!.entityById.get(from)!.name) };
  return reach(cy, { type: 'link', id: next.id, from });
}

/** Enter: selects what the ring is on, as a click does; on a link, the ring then crosses to its far end. */
function choose(cy: Core, focus: NonNullable<WalkFocus>): WalkStep {
  const state = useAppStore.getState();
  if (focus.type === 'link') {
    state.selectLink(focus.id);
    return reach(cy, { type: 'entity', id: farEnd(state.index!.linkById.get(focus.id)!, focus.from) });
  }
  state.selectEntity(focus.id);
  const name = state.index!.entityById.get(focus.id)!.name;
  return { focus, message: WALK_MESSAGES.selected(name, !state.presenting) };
}

function linksOf(cy: Core, entityId: string) {
  return walkableLinks(useAppStore.getState().index!, entityId, (id) => cy.getElementById(id).visible());
}

function placedEntities(cy: Core): PlacedItem[] {
  return cy.nodes(':visible').map((node: NodeSingular) => ({ id: node.id(), ...node.position() }));
}

function midpoint(cy: Core, linkId: string) {
  const edge = cy.getElementById(linkId) as EdgeSingular;
  const [a, b] = [edge.source().position(), edge.target().position()];
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** Moves the camera when the place is off screen: onto an entity, or to frame both ends of a link. */
function bringIntoView(cy: Core, focus: NonNullable<WalkFocus>) {
  const element = cy.getElementById(focus.id);
  const ends =
    focus.type === 'entity'
      ? [element as NodeSingular]
      : [(element as EdgeSingular).source(), (element as EdgeSingular).target()];
  const inView = ends.every((node) => {
    const { x, y } = node.renderedPosition();
    return x >= EDGE_MARGIN && y >= EDGE_MARGIN && x <= cy.width() - EDGE_MARGIN && y <= cy.height() - EDGE_MARGIN;
  });
  if (inView) return;
  const { centreOn, fitView } = useAppStore.getState();
  if (focus.type === 'entity') centreOn(focus.id);
  else fitView(ends.map((node) => node.id()));
}
