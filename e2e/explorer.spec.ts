import { expect, test } from '@playwright/test';
import { builtin, clickNode, nodeClasses, openApp, statusText, visibleNodeIds } from './app';

const entityCount = builtin.entities.length;
const linkCount = builtin.links.length;
const roundDate = (id: string) => builtin.rounds.find((r) => r.id === id)!.date!;
const sanctionedAsOf = (date: string) =>
  new Set(builtin.listings.filter((l) => roundDate(l.round) <= date).map((l) => l.entity)).size;
const openingAsOf =
  builtin.view?.asOf ??
  builtin.rounds
    .flatMap((r) => (r.date ? [r.date] : []))
    .sort()
    .at(-1)!;

test('opens on the built-in data with no console error and no request to another origin', async ({ page, baseURL }) => {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) foreign.push(request.url());
  });
  await openApp(page);
  await expect(page).toHaveTitle(/^Supply Lines/);
  await expect(statusText(page)).toHaveText(
    `${entityCount} of ${entityCount} entities · ${linkCount} of ${linkCount} links · ${sanctionedAsOf(openingAsOf)} sanctioned as of ${openingAsOf}`,
  );
  await expect.poll(() => visibleNodeIds(page)).toHaveLength(entityCount);
  await expect(page.getByRole('region', { name: 'Network graph' })).toBeVisible();
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('a country filter shows only that country, and Hong Kong counts under China', async ({ page }) => {
  await openApp(page);
  const countries = page.getByRole('group', { name: 'Countries' });
  await countries.getByRole('button', { name: 'None' }).click();
  await expect(statusText(page)).toContainText(`0 of ${entityCount} entities`);
  await countries.getByRole('checkbox', { name: 'Finland', exact: true }).check();
  const finnish = builtin.entities
    .filter((e) => e.country === 'FI')
    .map((e) => e.id)
    .sort();
  await expect(statusText(page)).toContainText(`${finnish.length} of ${entityCount} entities`);
  await expect.poll(() => visibleNodeIds(page)).toEqual(finnish);

  await countries.getByRole('checkbox', { name: 'Finland', exact: true }).uncheck();
  await countries.getByRole('checkbox', { name: 'China', exact: true }).check();
  const chinese = builtin.entities
    .filter((e) => ['CN', 'HK', 'MO'].includes(e.country))
    .map((e) => e.id)
    .sort();
  await expect(statusText(page)).toContainText(`${chinese.length} of ${entityCount} entities`);
  await expect.poll(() => visibleNodeIds(page)).toEqual(chinese);
  expect(chinese).toContain('asia-pacific-links');
});

test('filters keep the canvas its size, though the legend under it lists fewer things', async ({ page }) => {
  await openApp(page);
  const legend = page.locator('details.legend');
  const canvasSize = () => page.evaluate(() => `${window.cy!.width()}x${window.cy!.height()}`);
  const legendItems = () => legend.getByRole('listitem').count();
  const before = { canvas: await canvasSize(), items: await legendItems() };
  const countries = page.getByRole('group', { name: 'Countries' });
  await countries.getByRole('button', { name: 'None' }).click();
  await expect(statusText(page)).toContainText(`0 of ${entityCount} entities`);
  // The legend has dropped what is no longer drawn, and the band it sits in kept its height.
  await expect.poll(legendItems).toBeLessThan(before.items);
  expect(await canvasSize()).toBe(before.canvas);
  await countries.getByRole('button', { name: 'All' }).click();
  await expect.poll(legendItems).toBe(before.items);
  expect(await canvasSize()).toBe(before.canvas);
});

test('stepping As of turns an STC-scheme company from not yet listed to listed by US BIS', async ({ page }) => {
  await openApp(page, '?entity=grant-instrument');
  const asOf = page.getByRole('slider', { name: 'As of' });
  const details = page.getByRole('complementary', { name: 'Details' });
  await asOf.focus();
  // Step back from the latest round until the day before the 25 Sept 2023 Entity List round.
  const dates = [...new Set(builtin.rounds.map((r) => r.date))].sort();
  const before = dates[dates.indexOf('2023-09-25') - 1]!;
  while ((await asOf.getAttribute('aria-valuetext')) !== before) await page.keyboard.press('ArrowLeft');
  await expect(statusText(page)).toContainText(`${sanctionedAsOf(before)} sanctioned as of ${before}`);
  await expect(details).toContainText(`Not yet listed as of ${before}`);
  expect(await nodeClasses(page, 'grant-instrument')).toContain('not-yet-listed');

  await page.keyboard.press('ArrowRight');
  await expect(statusText(page)).toContainText(`${sanctionedAsOf('2023-09-25')} sanctioned as of 2023-09-25`);
  await expect(details).toContainText('Sanctioned as of 2023-09-25');
  await expect(
    details.getByRole('list', { name: 'Listings' }).locator(':scope > li').filter({ hasText: 'US BIS' }).first(),
  ).toContainText('Entity List');
  await expect(details.getByRole('list', { name: 'Listed by' }).getByRole('listitem')).toContainText(['US BIS']);
  expect(await nodeClasses(page, 'grant-instrument')).toContain('sanctioned');
});

test('hiding not-yet-listed entities removes them without moving the others', async ({ page }) => {
  await openApp(page, '?asof=2023-09-19');
  const before = await page.evaluate(() => window.cy!.getElementById('special-technology-center').position());
  await page.getByRole('checkbox', { name: 'Hide not yet listed' }).check();
  const listedLater = new Set(builtin.listings.map((l) => l.entity));
  const notYet = [...listedLater].filter(
    (id) => !builtin.listings.some((l) => l.entity === id && roundDate(l.round) <= '2023-09-19'),
  );
  await expect(statusText(page)).toContainText(`${entityCount - notYet.length} of ${entityCount} entities`);
  const visible = await visibleNodeIds(page);
  for (const id of notYet) expect(visible).not.toContain(id);
  expect(await page.evaluate(() => window.cy!.getElementById('special-technology-center').position())).toEqual(before);
});

test('the round list shows what a round listed, with direct partners dimmed as context', async ({ page }) => {
  await openApp(page);
  await page
    .getByRole('group', { name: 'Sanctions rounds' })
    .getByRole('checkbox', { name: '2023-09-25 US BIS Entity List' })
    .check();
  const listings = builtin.listings.filter((l) => l.round === 'bis-2023-09-25');
  // The round's row counts its listings.
  const row = page
    .getByRole('group', { name: 'Sanctions rounds' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: '2023-09-25 US BIS Entity List' }) });
  await expect(row.locator('.count')).toHaveText(String(listings.length));
  const listed = new Set(listings.map((l) => l.entity));
  const context = new Set(
    builtin.links
      .filter((l) => listed.has(l.source) !== listed.has(l.target))
      .map((l) => (listed.has(l.source) ? l.target : l.source)),
  );
  await expect(statusText(page)).toContainText(`${listed.size + context.size} of ${entityCount} entities`);
  expect(await nodeClasses(page, 'special-technology-center')).toContain('dimmed');
  expect(await nodeClasses(page, 'smt-ilogic')).not.toContain('dimmed');
});

test('clicking an entity opens its details with listings, links and sources', async ({ page }) => {
  await openApp(page);
  await clickNode(page, 'asia-pacific-links');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Asia Pacific Links Ltd.');
  await expect(details).toContainText('Hong Kong (China)');
  await expect(details).toContainText('FR Doc. 2023-21080');
  await expect(details.getByRole('link', { name: /Orlan Complex/ }).first()).toHaveAttribute(
    'href',
    /^https:\/\/rusi\.org\//,
  );
  await expect(page).toHaveURL(/entity=asia-pacific-links/);

  await details.getByRole('button', { name: 'SMT-iLogic' }).first().click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('SMT-iLogic');
});

test('clicking a link opens its kind, items, evidence and sources', async ({ page }) => {
  await openApp(page);
  const point = await page.evaluate(() => {
    const cy = window.cy!;
    const edge = cy.getElementById('apl-smt');
    cy.center(edge);
    const box = cy.container()!.getBoundingClientRect();
    const mid = edge.renderedMidpoint();
    return { x: box.left + mid.x, y: box.top + mid.y };
  });
  await page.mouse.click(point.x, point.y);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Asia Pacific Links Ltd. → SMT-iLogic');
  await expect(details).toContainText('cellular modules');
  await expect(details).toContainText('Reported');
  await expect(details.getByRole('link').first()).toHaveAttribute('href', /^https:/);
});

test('a reload restores the view from the URL, and Back and Forward walk through view changes', async ({ page }) => {
  await openApp(page);
  const countries = page.getByRole('group', { name: 'Countries' });
  await countries.getByRole('checkbox', { name: 'Iran', exact: true }).uncheck();
  await clickNode(page, 'smt-ilogic');
  const status = await statusText(page).textContent();
  await page.reload();
  await expect(statusText(page)).toHaveText(status!);
  await expect(countries.getByRole('checkbox', { name: 'Iran', exact: true })).not.toBeChecked();
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    'SMT-iLogic',
  );

  await page.goBack();
  await expect(page).not.toHaveURL(/entity=/);
  await expect(countries.getByRole('checkbox', { name: 'Iran', exact: true })).not.toBeChecked();
  await page.goBack();
  await expect(countries.getByRole('checkbox', { name: 'Iran', exact: true })).toBeChecked();
  await expect(statusText(page)).toContainText(`${entityCount} of ${entityCount} entities`);
  await page.goForward();
  await expect(countries.getByRole('checkbox', { name: 'Iran', exact: true })).not.toBeChecked();

  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(countries.getByRole('checkbox', { name: 'Iran', exact: true })).toBeChecked();
});

test('every drawn name is readable (9 px or more on screen) and no two overlap, at the default zoom and zoomed in', async ({
  page,
}) => {
  await openApp(page);
  const check = () =>
    page.evaluate(() => {
      const cy = window.cy!;
      const labelled = cy.nodes('.label-shown:visible');
      // Measured afresh: Cytoscape measures a restyled name again only as it draws the next frame.
      const nameOnly = {
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
        useCache: false,
      };
      const boxes = labelled.map((node) => ({ id: node.id(), box: node.boundingBox(nameOnly) }));
      const found: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.box;
          const b = boxes[j]!.box;
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) found.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
        }
      }
      const smallest = Math.min(...labelled.map((node) => parseFloat(node.style('font-size')) * cy.zoom()));
      return { drawn: labelled.length, overlaps: found, smallest };
    });
  const fitted = await check();
  // The whole network fitted to the screen has room for about a quarter of its names (25 of 88).
  expect(fitted.drawn).toBeGreaterThan(builtin.entities.length / 5);
  expect(fitted.overlaps).toEqual([]);
  expect(fitted.smallest).toBeGreaterThanOrEqual(9 - 0.01);
  // Closer in, every name in view has room: more are drawn, at their own size.
  await page.evaluate(() => {
    window.cy!.zoom({ level: 1, renderedPosition: { x: window.cy!.width() / 2, y: window.cy!.height() / 2 } });
  });
  await expect.poll(async () => (await check()).drawn, { timeout: 5000 }).not.toBe(fitted.drawn);
  const closer = await check();
  expect(closer.overlaps).toEqual([]);
  expect(closer.smallest).toBeGreaterThanOrEqual(9 - 0.01);
});

test('the layout is the same on every load', async ({ page }) => {
  await openApp(page);
  const first = await page.evaluate(() => window.cy!.nodes().map((n) => [n.id(), n.position()]));
  await page.reload();
  await expect(statusText(page)).toContainText('entities');
  expect(await page.evaluate(() => window.cy!.nodes().map((n) => [n.id(), n.position()]))).toEqual(first);
});

test('a round shows its citation, published counts and how many of its entities the dataset names', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'About 2023-09-25 US BIS Entity List' }).click();
  const details = page.getByRole('complementary', { name: 'Details' });
  const round = builtin.rounds.find((r) => r.id === 'bis-2023-09-25')!;
  const named = builtin.listings.filter((l) => l.round === round.id).length;
  const uncertain = builtin.listings.filter((l) => l.round === round.id && l.uncertain).length;
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('2023-09-25 US BIS Entity List');
  await expect(details).toContainText(round.citation!);
  await expect(details).toContainText(round.summary!);
  await expect(details).toContainText(
    `This dataset names ${named} of the ${round.size!.entities} entities it listed (${uncertain} of them uncertain).`,
  );
  await expect(page).toHaveTitle('Supply Lines — 2023-09-25 US BIS Entity List');
  await details.getByRole('button', { name: 'SMT-iLogic' }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('SMT-iLogic');
});

test('the legend names what the graph draws now, and follows the filters and tools', async ({ page }) => {
  const legendItems = () => page.locator('.legend li').allTextContents();
  await openApp(page);
  expect(await legendItems()).toContain('End-user (military, drone maker)');
  expect(await legendItems()).toContain('Sanctioned as of the date');
  expect(await legendItems()).not.toContain('Exposed (not sanctioned, deals with sanctioned)');

  // Finland's firms: the data has no end-user there, so neither may the legend.
  const finnish = builtin.entities.filter((e) => e.country === 'FI');
  expect(finnish.length).toBeGreaterThan(0);
  expect(finnish.some((e) => e.role === 'end-user')).toBe(false);
  await openApp(page, '?countries=FI');
  await expect.poll(legendItems).not.toContain('End-user (military, drone maker)');
  expect(await legendItems()).not.toContain('End-user (large, bold name; the ring says if sanctioned)');

  await openApp(page);
  await page.getByRole('checkbox', { name: 'Exposure' }).check();
  await expect.poll(legendItems).toContain('Exposed (not sanctioned, deals with sanctioned)');
  expect(await legendItems()).toContain('Context, or outside a path or exposure');
});
