import { expect, test, type Page } from '@playwright/test';
import type { NodeSingular } from 'cytoscape';
import { builtin, openApp, settled } from './app';

/** Every `As of` step Present walks through: the dataset's round dates and the days listings ended. */
const stepCount = new Set([
  ...builtin.rounds.map((r) => r.date).filter(Boolean),
  ...builtin.listings.map((l) => l.end?.date).filter(Boolean),
]).size;

/**
 * The drawn names on screen (label planner's `label-shown`): their size on screen (font size × zoom),
 * the pairs whose boxes overlap; the entities the round lists that lie outside the canvas; and the names
 * that must be drawn (the round's entities and the end-users on the canvas) that are not, or not whole.
 */
const measure = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy!;
    const [width, height] = [cy.width(), cy.height()];
    const onCanvas = (b: { x1: number; x2: number; y1: number; y2: number }) =>
      b.x2 > 0 && b.y2 > 0 && b.x1 < width && b.y1 < height;
    const wholeOnCanvas = (b: { x1: number; x2: number; y1: number; y2: number }) =>
      b.x1 >= -1 && b.y1 >= -1 && b.x2 <= width + 1 && b.y2 <= height + 1;
    // Measured afresh: Cytoscape measures a restyled name again only as it draws the next frame.
    const labelOnly = { includeNodes: false, includeEdges: false, includeLabels: true, useCache: false };
    const labelBox = (node: NodeSingular) => node.renderedBoundingBox(labelOnly);
    const names = cy
      .nodes('.label-shown')
      .map((node) => ({ id: node.id(), px: Number(node.data('labelSize')) * cy.zoom(), box: labelBox(node) }))
      .filter((name) => onCanvas(name.box));
    const overlaps: string[] = [];
    names.forEach((a, i) =>
      names.slice(i + 1).forEach((b) => {
        const [p, q] = [a.box, b.box];
        if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) overlaps.push(`${a.id} / ${b.id}`);
      }),
    );
    const inside = (node: NodeSingular) => {
      const { x, y } = node.renderedPosition();
      return x >= 0 && y >= 0 && x <= width && y <= height;
    };
    const round = cy.nodes('.newly-listed:visible');
    const endUsers = cy.nodes('.end-user:visible').filter(inside);
    const required = round.union(endUsers);
    return {
      date: document.querySelector('.present-date')?.textContent,
      names: names.length,
      small: names.filter((name) => name.px < 11.99).map((name) => `${name.id} ${name.px.toFixed(1)} px`),
      overlaps,
      outside: round.filter((node) => !inside(node)).map((node) => node.id()),
      required: required.length,
      undrawn: required.filter((node) => !node.hasClass('label-shown')).map((node) => node.id()),
      // The round's names are read whole: none cut by the canvas's edge.
      cut: round.filter((node) => node.hasClass('label-shown') && !wholeOnCanvas(labelBox(node))).map((n) => n.id()),
    };
  });

test('Present at 1280×720: each round step frames its entities, and draws the names of all of them and of the end-users on screen, ≥ 12 px, none overlapping', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, `?asof=${builtin.rounds.map((r) => r.date!).toSorted()[0]}`);
  await page.getByRole('button', { name: 'Present' }).click();
  const seen: string[] = [];
  for (let step = 0; step < stepCount; step++) {
    if (step > 0) await page.keyboard.press('PageDown');
    await settled(page);
    const view = await measure(page);
    seen.push(view.date!);
    expect(view.names, `${view.date}: names drawn`).toBeGreaterThan(0);
    expect(view.small, `${view.date}: names under 12 px`).toEqual([]);
    expect(view.overlaps, `${view.date}: overlapping names`).toEqual([]);
    expect(view.outside, `${view.date}: the round's entities off screen`).toEqual([]);
    expect(view.required, `${view.date}: names that must be drawn`).toBeGreaterThan(0);
    expect(view.undrawn, `${view.date}: the round's and end-users' names not drawn`).toEqual([]);
    expect(view.cut, `${view.date}: the round's names cut by the canvas's edge`).toEqual([]);
  }
  // It went through every step, to the last.
  expect(new Set(seen).size).toBe(stepCount);
});
