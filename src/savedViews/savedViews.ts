/** A named view: the address's view part and, when known, where the canvas looked. */
export interface SavedView {
  id: string;
  name: string;
  /** The view as a query string (filters, focus, tools, selection), as in the address bar. */
  search: string;
  viewport: { zoom: number; pan: { x: number; y: number } } | null;
}

/** Where saved views live in the browser: one list per dataset title, versioned. */
export function storageKey(datasetTitle: string): string {
  return `supply-lines:saved-views:v1:${datasetTitle}`;
}

/** Reads saved views from storage text, keeping only well-formed entries (storage can be edited by hand). */
export function parseSavedViews(text: string | null): SavedView[] {
  if (!text) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.filter(isSavedView);
}

function isSavedView(value: unknown): value is SavedView {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Record<string, unknown>;
  const viewport = view.viewport as Record<string, unknown> | null;
  const viewportOk =
    viewport === null ||
    (typeof viewport === 'object' &&
      typeof viewport.zoom === 'number' &&
      typeof (viewport.pan as Record<string, unknown> | undefined)?.x === 'number' &&
      typeof (viewport.pan as Record<string, unknown> | undefined)?.y === 'number');
  return typeof view.id === 'string' && typeof view.name === 'string' && typeof view.search === 'string' && viewportOk;
}

/** Moves the view with `id` by `delta` places, staying inside the list. */
export function moveView(views: readonly SavedView[], id: string, delta: number): SavedView[] {
  const from = views.findIndex((v) => v.id === id);
  if (from < 0) return [...views];
  const to = Math.min(views.length - 1, Math.max(0, from + delta));
  const next = [...views];
  const [view] = next.splice(from, 1);
  next.splice(to, 0, view!);
  return next;
}
