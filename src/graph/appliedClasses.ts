import type { ViewClass } from './graphClasses';
import type { ViewClasses } from './viewClasses';

/**
 * The view classes the canvas puts on an element: its own, except that a link whose end is hidden
 * leaves out `hidden`. Cytoscape draws no link whose end is not drawn, and restyling those links was
 * most of a filter step's restyle (48 of the 83 elements changed when one country of the built-in
 * data is unticked). `ends` are a link's source and target, null for an entity.
 */
export function appliedClasses(
  names: readonly ViewClass[],
  ends: readonly [string, string] | null,
  classes: ViewClasses,
): readonly ViewClass[] {
  if (!ends || !names.includes('hidden')) return names;
  const endHidden = ends.some((id) => classes.get(id)?.includes('hidden') ?? false);
  return endHidden ? names.filter((name) => name !== 'hidden') : names;
}
