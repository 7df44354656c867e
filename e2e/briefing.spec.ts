import { expect, test, type Page } from '@playwright/test';
import { builtin, openApp } from './app';

const dates = [...new Set(builtin.rounds.map((r) => r.date))].sort();
const listedOn = (date: string) =>
  new Set(
    builtin.listings.filter((l) => builtin.rounds.find((r) => r.id === l.round)!.date === date).map((l) => l.entity),
  );
const positions = (page: Page) => page.evaluate(() => window.cy!.nodes().map((n) => [n.id(), n.position()]));

test('Present fills the screen, arrow keys step through rounds without moving nodes, Escape leaves', async ({
  page,
}) => {
  await openApp(page);
  const before = await positions(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('combobox', { name: 'Search entities' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Countries' })).toBeHidden();
  await expect(page.getByRole('heading', { name: builtin.title })).toBeVisible();
  const opening = builtin.view!.asOf!;
  await expect(page.locator('.present-date')).toHaveText(`As of ${opening}`);

  const next = dates[dates.indexOf(opening) + 1]!;
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-date')).toHaveText(`As of ${next}`);
  await expect(page.locator('.round-caption')).toContainText(builtin.rounds.find((r) => r.date === next)!.authority);
  for (const id of listedOn(next))
    expect(await page.evaluate((n) => window.cy!.getElementById(n).hasClass('newly-listed'), id)).toBe(true);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.present-date')).toHaveText(`As of ${dates[dates.indexOf(opening) - 1]}`);
  expect(await positions(page)).toEqual(before);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Countries' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'As of' })).toHaveAttribute(
    'aria-valuetext',
    dates[dates.indexOf(opening) - 1]!,
  );
});

test('Play rounds steps through the rounds in date order, highlighting what each lists, with positions fixed', async ({
  page,
}) => {
  await page.clock.install();
  await openApp(page, '?asof=latest');
  const before = await positions(page);
  // From here time moves only when the test runs the clock, so a slow machine cannot skip a round.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  const slider = page.getByRole('slider', { name: 'As of' });
  /** Runs the clock on in short steps until `date` shows: each step waits for React to set the next timer. */
  const playOnTo = (date: string) =>
    expect
      .poll(
        async () => {
          await page.clock.runFor(500);
          return slider.getAttribute('aria-valuetext');
        },
        { intervals: [100], timeout: 20_000 },
      )
      .toBe(date);
  await page.getByRole('button', { name: 'Play rounds' }).click();
  // From the last round, playback starts again at the first.
  await expect(slider).toHaveAttribute('aria-valuetext', dates[0]!);
  await expect(page.locator('.round-caption')).toContainText(`${dates[0]} `);
  await playOnTo(dates[1]!);
  for (const id of listedOn(dates[1]!))
    await expect.poll(() => page.evaluate((n) => window.cy!.getElementById(n).hasClass('newly-listed'), id)).toBe(true);
  await playOnTo(dates[2]!);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play rounds' })).toBeVisible();
  // Two playback steps (2.5 s each) on: a playback timer still running would move As of on.
  await page.clock.runFor(5000);
  await expect(slider).toHaveAttribute('aria-valuetext', dates[2]!);
  expect(await positions(page)).toEqual(before);
});

test('saved views keep filters, selection and viewport, survive a reload, and can be renamed, reordered, stepped and deleted', async ({
  page,
}) => {
  await page.clock.install();
  await openApp(page, '?entity=special-technology-center&countries=RU');
  await page.getByText('Saved views', { exact: true }).click();
  const zoomBefore = await page.evaluate(() => {
    window.cy!.zoom(1.7);
    return window.cy!.zoom();
  });
  // The canvas tells the store where it looks once a move settles (200 ms); Save view keeps that.
  await page.clock.runFor(300);
  const firstStatus = await page.getByRole('status').textContent();
  await page.getByRole('textbox', { name: 'View name' }).fill('Russia');
  await page.getByRole('button', { name: 'Save view' }).click();

  await page.getByRole('button', { name: 'Reset filters' }).click();
  await page.getByRole('textbox', { name: 'View name' }).fill('Everything');
  await page.getByRole('button', { name: 'Save view' }).click();
  const list = page.getByRole('list', { name: 'Saved views' });
  await expect(list.getByRole('listitem')).toHaveCount(2);

  await page.getByRole('button', { name: 'Rename Everything' }).click();
  await page.getByRole('textbox', { name: 'New name for Everything' }).fill('Whole network');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Move Whole network up' }).click();
  await expect(list.getByRole('listitem').first()).toContainText('Whole network');

  await page.reload();
  await expect(page.getByRole('status')).toContainText('entities');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('button', { name: 'Russia', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(firstStatus!);
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    'Special Technology Center LLC',
  );
  await expect.poll(() => page.evaluate(() => window.cy!.zoom())).toBeCloseTo(zoomBefore, 2);
  await expect(list.getByRole('link', { name: 'Link to Russia' })).toHaveAttribute('href', /countries=RU/);

  await page.getByRole('button', { name: 'Previous view' }).click();
  await expect(page.getByRole('status')).toContainText(
    `${builtin.entities.length} of ${builtin.entities.length} entities`,
  );
  await page.getByRole('button', { name: 'Delete Whole network' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
});

test('the theme follows the system, can be chosen, and is kept', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await openApp(page);
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  const canvasBackground = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('.graph')!).backgroundColor);
  expect(await theme()).toBe('dark');
  expect(await canvasBackground()).not.toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => window.cy!.nodes().first().style('color'))).not.toBe('rgb(17,24,39)');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  expect(await theme()).toBe('light');
  expect(await canvasBackground()).toBe('rgb(255, 255, 255)');
  await page.reload();
  await expect(page.getByRole('status')).toContainText('entities');
  expect(await theme()).toBe('light');
  await context.close();
});

test('on a 1280×720 projector, Present puts the legend beside the graph, so the graph keeps the height', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  const zoomBefore = await page.evaluate(() => window.cy!.zoom());
  await page.getByRole('button', { name: 'Present' }).click();
  const graph = await page.getByRole('region', { name: 'Network graph' }).boundingBox();
  const legend = await page.locator('.legend').boundingBox();
  expect(legend!.x).toBeGreaterThanOrEqual(graph!.x + graph!.width - 1);
  expect(graph!.height).toBeGreaterThan(500);
  // The fitted view is drawn larger than beside the controls, not smaller.
  await expect.poll(() => page.evaluate(() => window.cy!.zoom())).toBeGreaterThan(zoomBefore * 1.2);
});

test('printing in the dark theme turns page, graph and picture light until printing ends', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await openApp(page);
  const look = () =>
    page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      label: (window.cy!.nodes().first().style('color') as string).replace(/\s/g, ''),
      picture: document.querySelector('.print-image') !== null,
    }));
  expect(await look()).toEqual({ theme: 'dark', label: 'rgb(243,244,246)', picture: false });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await look()).toEqual({ theme: 'light', label: 'rgb(17,24,39)', picture: true });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(look).toEqual({ theme: 'dark', label: 'rgb(243,244,246)', picture: false });
  await context.close();
});

test('printing puts the view and the legend on one landscape page', async ({ page }) => {
  await openApp(page);
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});
