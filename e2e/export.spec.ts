import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { EXPORT_ENLARGEMENTS } from '../src/graph/exportLabels';
import { openApp } from './app';

async function exportFile(page: Page, item: string): Promise<Buffer> {
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  return readFile((await (await downloading).path())!);
}

for (const scale of [1, 2, 4]) {
  test(`PNG image (${scale}x) decodes at ${scale} times the on-screen size`, async ({ page }) => {
    await openApp(page);
    const png = await exportFile(page, `PNG image (${scale}x)`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    // The SVG export of the same view gives the picture's size at 1x: the canvas plus margins, header,
    // legend and source lines.
    const svg = (await exportFile(page, 'SVG image')).toString('utf8');
    const [svgWidth, svgHeight] = [/width="(\d+)"/, /height="(\d+)"/].map((re) => Number(svg.match(re)![1]));
    // The picture's graph is the canvas, enlarged when its names need room at 12 px (planExportLabels).
    const canvasWidth = await page.evaluate(() => window.cy!.width());
    expect(EXPORT_ENLARGEMENTS.map((enlarge) => Math.round(canvasWidth * enlarge) + 32)).toContain(svgWidth);
    expect(width).toBe(Math.round(svgWidth! * scale));
    expect(height).toBe(Math.round(svgHeight! * scale));
    // The file must decode as an image of those dimensions, not just carry the header.
    const decoded = await page.evaluate(async (base64) => {
      // Not fetch(data:…): the page's policy lets it fetch only from its own site.
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      return [bitmap.width, bitmap.height];
    }, png.toString('base64'));
    expect(decoded).toEqual([width, height]);
  });
}

test('SVG image parses as XML and holds the drawn entity names as text, with title, date and sources', async ({
  page,
}) => {
  await openApp(page, '?countries=FI,DE,RU');
  const svg = (await exportFile(page, 'SVG image')).toString('utf8');
  // The picture plans its own names (12 px in it); the story's always among them: end-users, the round's.
  const labels = await page.evaluate(() =>
    window.cy!.nodes('.end-user:visible, .newly-listed:visible').map((n) => n.data('label') as string),
  );
  expect(labels.length).toBeGreaterThan(1);
  const result = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')]
        .map((t) => t.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' '),
    };
  }, svg);
  expect(result.error).toBeNull();
  expect(result.root).toBe('svg');
  for (const label of labels) expect(result.texts).toContain(label.replace(/\s+/g, ' '));
  expect(result.texts).toContain('sanctioned as of 2023-09-25');
  expect(result.texts).toContain('Sources:');
  expect(result.texts).toContain('Sanctioned as of the date');
});

test.describe('on a 2x screen', () => {
  test.use({ deviceScaleFactor: 2 });

  test('the SVG image shows the whole graph picture, which cytoscape-svg draws at twice the size', async ({ page }) => {
    await openApp(page);
    const svg = (await exportFile(page, 'SVG image')).toString('utf8');
    const frame = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const graph = doc.documentElement.querySelector(':scope > svg')!;
      const drawn = graph.querySelector(':scope > svg')!;
      return {
        width: Number(graph.getAttribute('width')),
        viewBox: graph.getAttribute('viewBox')!.split(' ').map(Number),
        drawnWidth: Number(drawn.getAttribute('width')),
        drawnHeight: Number(drawn.getAttribute('height')),
      };
    }, svg);
    expect(frame.drawnWidth).toBeCloseTo(frame.width * 2, 0);
    // The part shown is the whole picture, to a pixel of rounding.
    const [left, top, width, height] = frame.viewBox;
    expect([left, top]).toEqual([0, 0]);
    expect(Math.abs(width! - frame.drawnWidth)).toBeLessThanOrEqual(1);
    expect(Math.abs(height! - frame.drawnHeight)).toBeLessThanOrEqual(1);
  });
});

test('in the dark theme, images are drawn in the light style for documents, and the screen stays dark', async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await openApp(page, '?countries=FI');
  const labelColour = () => page.evaluate(() => window.cy!.nodes(':visible').first().style('color') as string);
  const onScreen = await labelColour();
  const svg = (await exportFile(page, 'SVG image')).toString('utf8');
  // The label of a Finnish firm, as cytoscape-svg writes it: its fill is the light style's near-black.
  const labelFills = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return [...doc.querySelectorAll('text')]
      .filter((t) => t.textContent?.includes('Luminor'))
      .map((t) => t.getAttribute('fill') ?? getComputedStyle(t).fill);
  }, svg);
  expect(labelFills.length).toBeGreaterThan(0);
  for (const fill of labelFills) expect(fill.replace(/\s/g, '')).toMatch(/^(#111827|rgb\(17,24,39\))$/);
  expect(await labelColour()).toBe(onScreen);
  expect(onScreen.replace(/\s/g, '')).not.toBe('rgb(17,24,39)');
  await context.close();
});

test('Briefing (HTML) opens from disk with every network request blocked and shows the same view', async ({
  page,
  browser,
}) => {
  await openApp(page, '?countries=RU,FI,DE&entity=smt-ilogic');
  const status = await page.getByRole('status').textContent();
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Briefing (HTML)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('supply-lines-briefing.html');
  const file = test.info().outputPath('supply-lines-briefing.html');
  await download.saveAs(file);
  const html = await readFile(file, 'utf8');
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);

  const context = await browser.newContext();
  const requests: string[] = [];
  await context.route(/^(https?|wss?):/, (route) => route.abort());
  const briefing = await context.newPage();
  briefing.on('request', (request) => requests.push(request.url()));
  const errors: string[] = [];
  briefing.on('pageerror', (error) => errors.push(error.message));
  await briefing.goto(`file://${file}`);
  await expect(briefing.locator('.present-date')).toHaveText('As of 2023-09-25', { timeout: 20_000 });
  await expect.poll(() => briefing.evaluate(() => window.cy?.nodes(':visible').length ?? 0)).toBeGreaterThan(0);
  // Presentation mode hides the status line; leave it to compare the counts.
  await briefing.keyboard.press('Escape');
  await expect(briefing.getByRole('status')).toHaveText(status!);
  await expect(briefing.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    'SMT-iLogic',
  );
  expect(
    requests.filter((url) => !url.startsWith('file://') && !url.startsWith('data:') && !url.startsWith('blob:')),
  ).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
