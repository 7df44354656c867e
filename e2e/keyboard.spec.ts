import { expect, test, type Page } from '@playwright/test';
import { builtin, openApp } from './app';

const graph = (page: Page) => page.getByRole('region', { name: 'Network graph' });
const announcer = (page: Page) => page.locator('[aria-live="polite"].graph-announcer');
const nameOf = (id: string) => builtin.entities.find((e) => e.id === id)!.name;

/** The element the focus ring is on (there is at most one), with where it is drawn. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const ring = window.cy!.$('.keyboard-focus');
    if (ring.length !== 1) return { count: ring.length, id: null, isEdge: false, y: 0, visible: false };
    const element = ring[0]!;
    return {
      count: 1,
      id: element.id(),
      isEdge: element.isEdge(),
      y: element.isNode() ? element.position().y : 0,
      visible: element.visible(),
    };
  });

/** Tabs from the element before the graph into it, as a keyboard user would. */
async function tabIntoGraph(page: Page) {
  for (let i = 0; i < 10 && !(await graph(page).evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(graph(page)).toBeFocused();
}

const linksOf = (id: string) => builtin.links.filter((l) => l.source === id || l.target === id);

test('the graph can be walked by keyboard: arrows, links, Enter, Escape and ? , each announced', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Present' }).focus();
  await tabIntoGraph(page);

  // The first arrow starts from the middle of the view; the next goes that way.
  await page.keyboard.press('ArrowRight');
  const first = await focused(page);
  expect(first.count).toBe(1);
  await expect(announcer(page)).toContainText(`${nameOf(first.id!)}.`);
  await expect(announcer(page)).toContainText(/as of 2023-09-25|Listed, date unknown/);
  await page.keyboard.press('ArrowDown');
  const below = await focused(page);
  expect(below.id).not.toBe(first.id);
  expect(below.y).toBeGreaterThan(first.y);
  await expect(announcer(page)).toContainText(`${nameOf(below.id!)}.`);

  // Walk on until an entity with links (some entities have none), then follow its first link.
  let from = below.id!;
  for (const key of ['ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowUp']) {
    if (linksOf(from).length > 0) break;
    await page.keyboard.press(key);
    from = (await focused(page)).id!;
  }
  const links = linksOf(from);
  expect(links.length, `reached ${from}`).toBeGreaterThan(0);
  await expect(announcer(page)).toContainText(`${links.length} link`);
  await page.keyboard.press(']');
  const link = await focused(page);
  expect(link.isEdge).toBe(true);
  const walked = builtin.links.find((l) => l.id === link.id)!;
  await expect(announcer(page)).toContainText(`Link 1 of ${links.length}: ${nameOf(walked.source)}`);
  await expect(announcer(page)).toContainText(nameOf(walked.target));
  await expect(announcer(page)).toContainText(/Official finding|Reported|Inferred/);
  await expect(announcer(page)).toContainText(/Sources?: /);
  await page.keyboard.press('Enter');
  const across = walked.source === from ? walked.target : walked.source;
  expect((await focused(page)).id).toBe(across);
  await expect(page.locator('#details-heading')).toHaveText(`${nameOf(walked.source)} → ${nameOf(walked.target)}`);

  // Enter selects the entity: its details open, and the keyboard stays in the graph.
  await page.keyboard.press('Enter');
  await expect(page.locator('#details-heading')).toHaveText(nameOf(across));
  await expect(announcer(page)).toContainText(`${nameOf(across)} selected`);
  await expect(graph(page)).toBeFocused();

  // From Details, Escape comes back to the graph, where the ring shows again.
  await page.getByRole('button', { name: 'Close details' }).focus();
  expect((await focused(page)).count).toBe(0);
  await page.keyboard.press('Escape');
  await expect(graph(page)).toBeFocused();
  expect((await focused(page)).id).toBe(across);
  await page.keyboard.press('Escape');
  expect((await focused(page)).count).toBe(0);
  await expect(announcer(page)).toContainText('Focus cleared');

  // ? lists the keys in a dialog; Escape closes it and gives the keyboard back to the graph.
  await page.keyboard.press('?');
  const keys = page.getByRole('dialog', { name: 'Keyboard keys' });
  await expect(keys).toBeVisible();
  await expect(keys.getByRole('row', { name: /Enter/ })).toContainText('selects it');
  await page.keyboard.press('Escape');
  await expect(keys).toBeHidden();
  await expect(graph(page)).toBeFocused();
});

test('the walk reaches only what the filters leave on screen, and Home fits the whole network', async ({ page }) => {
  await openApp(page);
  await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'Russia' }).uncheck();
  await graph(page).focus();
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowLeft', 'ArrowDown']) {
    await page.keyboard.press(key);
    const place = await focused(page);
    expect(place.visible, `${key} reached ${place.id}`).toBe(true);
    expect(builtin.entities.find((e) => e.id === place.id)!.country).not.toBe('RU');
  }
  await page.evaluate(() => {
    window.cy!.zoom(3);
  });
  await page.keyboard.press('Home');
  await expect(announcer(page)).toContainText('Whole network shown');
  await expect.poll(() => page.evaluate(() => window.cy!.zoom())).toBeLessThan(1.5);
});

test('in Present the graph is walked the same way; Page Down steps rounds and Escape clears the ring first', async ({
  page,
}) => {
  // Entering Present and each round step redraw the whole canvas: more work than most tests.
  test.slow();
  await openApp(page);
  await page.getByRole('button', { name: 'Present' }).click();
  const date = page.locator('.present-date');
  const opening = await date.textContent();
  await tabIntoGraph(page);
  await page.keyboard.press('ArrowLeft');
  const place = await focused(page);
  expect(place.count).toBe(1);
  await expect(announcer(page)).toContainText(`${nameOf(place.id!)}.`);
  // Arrows walked the graph; the round stayed.
  await expect(date).toHaveText(opening!);
  await page.keyboard.press('PageDown');
  await expect(date).not.toHaveText(opening!);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard keys' })).toContainText('Page Down');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard keys' })).toBeHidden();
  await expect(date).toBeVisible();
  await page.keyboard.press('Escape');
  expect((await focused(page)).count).toBe(0);
  await expect(date).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(date).toBeHidden();
});
