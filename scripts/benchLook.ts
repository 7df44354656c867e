// The app's look alone, for the built-in row of the scale bench: a bare Cytoscape page given the
// elements, stylesheet, canvas size and view the app drew (read from the app's page after its first
// frame). No React, no app script, nothing planned or fitted: what the app's picture costs Cytoscape,
// the floor under the app's own time.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import type { Core } from 'cytoscape';

export const LOOK_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>the app's look in bare cytoscape</title>
<style>html,body{margin:0}</style><script src="cytoscape.min.js"></script></head>
<body><div id="cy"></div><script>
fetch(new URLSearchParams(location.search).get('data')).then((r) => r.json()).then((look) => {
  const container = document.getElementById('cy');
  container.style.width = look.width + 'px';
  container.style.height = look.height + 'px';
  const cy = window.cy = cytoscape({
    container,
    elements: look.elements,
    style: look.style,
    layout: { name: 'preset' },
    zoom: look.zoom,
    pan: look.pan,
  });
  cy.one('render', () => requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('look:drawn'))));
});
</script></body></html>`;

/**
 * Opens the app at `url` in a page of its own (not one being measured: copying the graph is a long
 * task there) and writes what its canvas holds after the first frame to `dist/<file>`.
 */
export async function copyLook(browser: Browser, url: string, file: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('supply-lines:drawn').length > 0, null, {
    polling: 50,
  });
  await writeLook(page, file);
  await context.close();
}

/** Writes what the app's canvas holds in `page` (elements, stylesheet, size, view) to `dist/<file>`. */
async function writeLook(page: Page, file: string): Promise<void> {
  const look = await page.evaluate(() => {
    const cy = (window as unknown as { cy: Core }).cy;
    return {
      elements: cy.elements().jsons(),
      // Cytoscape's types leave out the stylesheet's `json()`, which its docs list.
      style: (cy.style() as unknown as { json: () => unknown }).json(),
      width: cy.width(),
      height: cy.height(),
      zoom: cy.zoom(),
      pan: cy.pan(),
    };
  });
  if (look.elements.length === 0) throw new Error('writeLook: the app drew no elements to copy');
  writeFileSync(`dist/${file}`, JSON.stringify(look));
}

/** Navigation → the look page's graph drawn (its first frame and two more, as the bare page). */
export async function lookDrawn(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('look:drawn').length > 0, null, { polling: 50 });
  const drawn = await page.evaluate(() => performance.getEntriesByName('look:drawn')[0]!.startTime);
  await context.close();
  return drawn;
}
