import { expect, test } from '@playwright/test';
import { openApp } from './app';

test('the opening view stays fitted when the canvas changes size, until the user moves it', async ({ page }) => {
  await openApp(page);
  // Every drawn entity inside the canvas, by its rendered box.
  const allInside = () =>
    page.evaluate(() => {
      const cy = window.cy!;
      return cy.nodes(':visible').every((node) => {
        const box = node.renderedBoundingBox({ includeLabels: false });
        return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
      });
    });
  expect(await allInside()).toBe(true);
  const size = page.viewportSize()!;
  const height = () => page.evaluate(() => window.cy!.height());
  const before = await height();
  await page.setViewportSize({ width: size.width, height: Math.round(size.height * 0.75) });
  // Cytoscape learns its new size a moment later (and says so with `resize`).
  await expect.poll(height).toBeLessThan(before);
  expect(await allInside()).toBe(true);
  // Once the user has panned, a change of size leaves the view where the user put it.
  await page.evaluate(() => {
    window.cy!.panBy({ x: 200, y: 0 });
  });
  const panned = await page.evaluate(() => window.cy!.pan());
  await page.setViewportSize(size);
  await page.waitForTimeout(400);
  expect(await page.evaluate(() => window.cy!.pan())).toEqual(panned);
});
