/** The `Network graph` region's element id: the keyboard walk listens on it, Details hands focus back to it. */
export const GRAPH_REGION_ID = 'network-graph';

/** Puts keyboard focus back on the graph (Escape from Details). */
export function focusGraphRegion() {
  document.getElementById(GRAPH_REGION_ID)?.focus();
}

/** Whether a key press was meant for a text field or a list, not for a page-wide shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
