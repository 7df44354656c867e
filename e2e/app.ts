import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Dataset } from '../src/model/types';

/** The built-in dataset as a test reads it, to compute expected figures instead of hard-coding them. */
export const builtin: Dataset = JSON.parse(
  readFileSync(new URL('../data/drone-rounds-2023.json', import.meta.url), 'utf8'),
);

/** Opens the app and waits for its ready signal: the status line appears once the graph is drawn. */
export async function openApp(page: Page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.getByRole('status')).toContainText('entities', { timeout: 20_000 });
}

/** Ids of the entity nodes Cytoscape currently displays (context included). */
export async function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .cy!.nodes(':visible')
      .map((n) => n.id())
      .sort(),
  );
}

export async function nodeClasses(page: Page, id: string): Promise<string[]> {
  return page.evaluate((nodeId) => window.cy!.getElementById(nodeId).classes(), id);
}

/** Clicks an entity on the canvas where Cytoscape drew it, as a person would. */
export async function clickNode(page: Page, id: string) {
  const point = await page.evaluate((nodeId) => {
    const cy = window.cy!;
    const node = cy.getElementById(nodeId);
    cy.center(node);
    const box = cy.container()!.getBoundingClientRect();
    const position = node.renderedPosition();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

export function statusText(page: Page) {
  return page.getByRole('status');
}

/** Clicks a control that saves a file, and returns the file's text. */
export async function downloadedText(page: Page, control: Locator): Promise<string> {
  const downloading = page.waitForEvent('download');
  await control.click();
  return readFile((await (await downloading).path())!, 'utf8');
}

export type SavedFile = { name: string; text: string };

/**
 * Chooses a data format in the Export menu and returns the files it saved, sorted by name (CSV saves two).
 * With a scope, the menu's "Data of" choice is set first; without one, it is left as it is.
 */
export async function exportFiles(
  page: Page,
  format: string,
  { scope, count = 1 }: { scope?: 'this view' | 'whole dataset'; count?: number } = {},
): Promise<SavedFile[]> {
  await page.getByRole('button', { name: 'Export' }).click();
  if (scope) await page.getByRole('group', { name: 'Data of' }).getByRole('menuitemradio', { name: scope }).check();
  const files: SavedFile[] = [];
  const saved = new Promise<void>((resolve) => {
    page.on('download', async (download) => {
      files.push({ name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') });
      if (files.length === count) resolve();
    });
  });
  await page.getByRole('menuitem', { name: format, exact: true }).click();
  await saved;
  page.removeAllListeners('download');
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

/** Waits until the camera has stopped and the label planner has placed names for where it stopped. */
export async function settled(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() =>
          JSON.stringify([window.cy!.zoom(), window.cy!.pan(), window.cy!.nodes('.label-shown').map((n) => n.id())]),
        );
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [300], timeout: 20_000 },
    )
    .toBe(true);
}
