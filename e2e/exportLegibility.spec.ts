import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { NodeSingular } from 'cytoscape';
import { openApp, settled } from './app';

// Issue #15: in exported pictures and the briefing, every drawn name is at least 12 px at the picture's
// own scale (the briefing: on a 1280×720 screen), no two overlap, and the names that matter are drawn.
const MIN_PX = 12;
// getBoundingClientRect and the planner's measure differ by a fraction of a pixel.
const TOLERANCE = 1;

// Each test loads the app and makes an export; a loaded machine takes its time.
test.describe.configure({ timeout: 90_000 });

interface Box {
  text: string;
  fontPx: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The texts of the exported SVG's graph, as the browser lays them out at the picture's own scale. */
async function svgGraphTexts(page: Page, svg: string): Promise<Box[]> {
  return page.evaluate((markup) => {
    const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
    const root = document.importNode(parsed, true) as unknown as SVGSVGElement;
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:0;top:0;z-index:-1';
    holder.append(root);
    document.body.append(holder);
    const origin = root.getBoundingClientRect();
    const rootScale = root.getScreenCTM()!.a;
    const graph = root.querySelector(':scope > svg')!;
    const boxes = [...graph.querySelectorAll('text')]
      .filter((text) => text.textContent!.trim())
      .map((text) => {
        const rect = text.getBoundingClientRect();
        return {
          text: text.textContent!.trim(),
          fontPx: (parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a) / rootScale,
          left: (rect.left - origin.left) / rootScale,
          top: (rect.top - origin.top) / rootScale,
          right: (rect.right - origin.left) / rootScale,
          bottom: (rect.bottom - origin.top) / rootScale,
        };
      });
    holder.remove();
    return boxes;
  }, svg);
}

/**
 * A wrapped name is one text per line, stacked close: one box per name. Its lines are centred on one x,
 * or start at one x (a name right of its node, or flush with its left edge), or end at one x.
 */
function nameBlocks(lines: Box[]): Box[] {
  const blocks: Array<Box & { last: Box }> = [];
  for (const line of [...lines].sort((a, b) => a.top - b.top)) {
    const near = (a: number, b: number) => Math.abs(a - b) < line.fontPx / 2;
    const block = blocks.find(
      ({ last }) =>
        line.top >= last.top &&
        line.top - last.bottom < line.fontPx * 0.3 &&
        // Lines keep their trailing space ('Special '), which shifts their box by half a space.
        (near((last.left + last.right) / 2, (line.left + line.right) / 2) ||
          near(last.left, line.left) ||
          near(last.right, line.right)),
    );
    if (!block) blocks.push({ ...line, last: line });
    else {
      block.text += ` ${line.text}`;
      block.left = Math.min(block.left, line.left);
      block.right = Math.max(block.right, line.right);
      block.bottom = Math.max(block.bottom, line.bottom);
      block.last = line;
    }
  }
  return blocks.map(({ text, fontPx, left, top, right, bottom }) => ({ text, fontPx, left, top, right, bottom }));
}

const overlap = (p: Box, q: Box) =>
  p.left + TOLERANCE < q.right &&
  q.left + TOLERANCE < p.right &&
  p.top + TOLERANCE < q.bottom &&
  q.top + TOLERANCE < p.bottom;

/** Pairs of overlapping boxes, as 'name / name'; with `among`, only pairs one of which is among them. */
function overlapping(boxes: Box[], among: Box[] = boxes): string[] {
  const found: string[] = [];
  for (const [i, p] of boxes.entries())
    for (const q of boxes.slice(i + 1))
      if ((among.includes(p) || among.includes(q)) && overlap(p, q)) found.push(`${p.text} / ${q.text}`);
  return found;
}

/**
 * The names that must be drawn: the end-users, the round's entities and the selection, of the nodes
 * whose centre is on the canvas (a picture shows what the screen shows).
 */
async function requiredNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.cy!;
    return cy
      .nodes(':visible')
      .filter((n) => n.hasClass('end-user') || n.hasClass('newly-listed') || n.hasClass('selected'))
      .filter((n) => {
        const { x, y } = (n as NodeSingular).renderedPosition();
        return x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height();
      })
      .map((n) => String(n.data('label')).replace(/\s+/g, ' '));
  });
}

test('the SVG export of the opening view draws every name at 12 px or more, none overlapping', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'SVG image' }).click();
  const svg = await readFile((await (await downloading).path())!, 'utf8');
  const lines = await svgGraphTexts(page, svg);
  expect(lines.length).toBeGreaterThan(10);
  for (const line of lines) expect(line.fontPx, line.text).toBeGreaterThanOrEqual(MIN_PX - 0.01);
  const blocks = nameBlocks(lines);
  expect(overlapping(blocks)).toEqual([]);
  const drawn = blocks.map((b) => b.text.replace(/\s+/g, ' '));
  const required = await requiredNames(page);
  expect(required.length).toBeGreaterThan(5);
  for (const name of required) expect(drawn).toContain(name);
  // The screen keeps its own names: the export put them back.
  const screenSizes = await page.evaluate(() =>
    window.cy!.nodes('.label-shown').map((n) => Number(n.data('labelSize')) * window.cy!.zoom()),
  );
  expect(Math.min(...screenSizes)).toBeGreaterThanOrEqual(9 - 0.01);
  expect(Math.min(...screenSizes)).toBeLessThan(MIN_PX);
});

test('the briefing on a 1280×720 screen draws every name at 12 px or more, none overlapping, the round’s and end-users’ all', async ({
  page,
  browser,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Briefing (HTML)' }).click();
  const file = test.info().outputPath('briefing.html');
  await (await downloading).saveAs(file);

  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const briefing = await context.newPage();
  await briefing.goto(`file://${file}`);
  await expect(briefing.locator('.present-date')).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => briefing.evaluate(() => window.cy!.nodes('.label-shown').length)).toBeGreaterThan(5);
  // The camera frames the round, then names are planned once the viewport rests.
  await settled(briefing);
  const labels = await briefing.evaluate(() => {
    const cy = window.cy!;
    const zoom = cy.zoom();
    const pan = cy.pan();
    // Measured afresh: Cytoscape measures a restyled name again only as it draws the next frame.
    const nameOnly = { includeNodes: false, includeEdges: false, includeLabels: true, useCache: false };
    return cy.nodes('.label-shown').map((n) => {
      const box = n.boundingBox(nameOnly);
      return {
        text: String(n.data('label')).replace(/\s+/g, ' '),
        fontPx: Number(n.data('labelSize')) * zoom,
        left: box.x1 * zoom + pan.x,
        right: box.x2 * zoom + pan.x,
        top: box.y1 * zoom + pan.y,
        bottom: box.y2 * zoom + pan.y,
      };
    });
  });
  for (const label of labels) expect(label.fontPx, label.text).toBeGreaterThanOrEqual(MIN_PX - 0.01);
  // No two drawn names overlap, the story's names included.
  expect(overlapping(labels, labels)).toEqual([]);
  const required = await requiredNames(briefing);
  expect(required.length).toBeGreaterThan(10);
  const drawn = labels.map((l) => l.text);
  expect(required.filter((name) => !drawn.includes(name))).toEqual([]);
  await context.close();
});
