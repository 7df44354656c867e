import type { Core, StylesheetJson } from 'cytoscape';
import type { Theme } from '../theme/theme';
import { buildStylesheet } from './stylesheet';

// Built once: react-cytoscapejs re-applies a stylesheet whenever it gets a new object.
const STYLESHEETS = {
  light: { normal: buildStylesheet(), presentation: buildStylesheet({ presentation: true }) },
  dark: { normal: buildStylesheet({ theme: 'dark' }), presentation: buildStylesheet({ presentation: true, theme: 'dark' }) },
};

/** The stylesheet the canvas uses for a theme and mode; the same object every time. */
export function stylesheetFor(theme: Theme, presenting: boolean): StylesheetJson {
  return STYLESHEETS[theme][presenting ? 'presentation' : 'normal'];
}

/**
 * Runs `draw` (a picture of the canvas) with the light stylesheet in force, then puts the screen's back:
 * pictures go on white paper and into documents, where dark-theme labels would be light on white.
 * `draw` must take its picture synchronously.
 */
export function inLightStyle<T>(cy: Core, screen: { theme: Theme; presenting: boolean }, draw: () => T): T {
  if (screen.theme === 'light') return draw();
  cy.style().fromJson(stylesheetFor('light', screen.presenting)).update();
  try {
    return draw();
  } finally {
    cy.style().fromJson(stylesheetFor(screen.theme, screen.presenting)).update();
  }
}
