// The look the canvas is drawn in (theme, presentation, size) and the one stylesheet for each, built
// by buildStylesheet.ts once per look; and drawing a picture in the light look whatever the screen's.
import type { Core, StylesheetJson } from 'cytoscape';
import type { Theme } from '../theme/theme';
import { buildStylesheet } from './buildStylesheet';

/** Above this many elements (entities and links) a network is drawn in the large style: straight, arrowless links. */
export const LARGE_NETWORK = 5000;

export interface CanvasLook {
  theme: Theme;
  presenting: boolean;
  large: boolean;
}

// Built once each: react-cytoscapejs re-applies a stylesheet whenever it gets a new object.
const built = new Map<string, StylesheetJson>();

/** The stylesheet the canvas uses for a theme, mode and size; the same object every time. */
export function stylesheetFor({ theme, presenting, large }: CanvasLook): StylesheetJson {
  const key = `${theme}:${presenting}:${large}`;
  let sheet = built.get(key);
  if (!sheet) built.set(key, (sheet = buildStylesheet({ theme, presentation: presenting, large })));
  return sheet;
}

/**
 * Runs `draw` (a picture of the canvas) with the light stylesheet in force, then puts the screen's back:
 * pictures go on white paper and into documents, where dark-theme labels would be light on white.
 * `draw` must take its picture synchronously.
 */
export function inLightStyle<T>(cy: Core, screen: CanvasLook, draw: () => T): T {
  if (screen.theme === 'light') return draw();
  cy.style()
    .fromJson(stylesheetFor({ ...screen, theme: 'light' }))
    .update();
  try {
    return draw();
  } finally {
    cy.style().fromJson(stylesheetFor(screen)).update();
  }
}
