import { expect, test, type Page } from '@playwright/test';
import { builtin, clickNode, downloadedText, nodeClasses, openApp, statusText, visibleNodeIds } from './app';

const entityCount = builtin.entities.length;
const nameOf = (id: string) => builtin.entities.find((e) => e.id === id)!.name;
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const detailsHeading = (page: Page) => details(page).getByRole('heading', { level: 2 });

/** Direct partners of an entity in the built-in data, computed from the file. */
const partnersOf = (id: string) =>
  new Set(builtin.links.flatMap((l) => (l.source === id ? [l.target] : l.target === id ? [l.source] : [])));

const customersOf = (id: string) => builtin.links.filter((l) => l.source === id).map((l) => l.target);
const sanctionedOn = (id: string, date: string) =>
  builtin.listings.some((l) => l.entity === id && builtin.rounds.find((r) => r.id === l.round)!.date! <= date);
const authoritiesOf = (id: string) =>
  new Set(
    builtin.listings.filter((l) => l.entity === id).map((l) => builtin.rounds.find((r) => r.id === l.round)!.authority),
  );

async function pick(page: Page, field: string, query: string) {
  const input = page.getByRole('combobox', { name: field });
  if (!(await input.isVisible())) await page.getByText('Find path', { exact: true }).click();
  await input.fill(query);
  await expect(
    page
      .getByRole('listbox', { name: `${field} results` })
      .getByRole('option')
      .first(),
  ).toBeVisible();
  await input.press('Enter');
}

test.describe('search', () => {
  for (const [query, id] of [
    ['smt ilogic', 'smt-ilogic'],
    ['asia pacific link', 'asia-pacific-links'],
    ['shahin', 'hesa'],
  ] as const) {
    test(`"${query}" finds ${id}, and Enter selects and centres it`, async ({ page }) => {
      await openApp(page);
      await page.locator('body').press('/');
      const search = page.getByRole('combobox', { name: 'Search entities' });
      await expect(search).toBeFocused();
      await page.keyboard.type(query);
      await expect(
        page.getByRole('listbox', { name: 'Search entities results' }).getByRole('option').first(),
      ).toContainText(nameOf(id));
      await page.keyboard.press('Enter');
      await expect(detailsHeading(page)).toHaveText(nameOf(id));
      await expect(page).toHaveURL(new RegExp(`entity=${id}`));
      await expect
        .poll(() =>
          page.evaluate((nodeId) => {
            const cy = window.cy!;
            // The node itself is centred (its name is placed by the label planner afterwards), and named.
            const node = cy.getElementById(nodeId);
            const { x, y } = node.renderedPosition();
            return (
              Math.abs(x - cy.width() / 2) < 5 && Math.abs(y - cy.height() / 2) < 5 && node.hasClass('label-shown')
            );
          }, id),
        )
        .toBe(true);
    });
  }

  test('arrow keys move through the results', async ({ page }) => {
    await openApp(page);
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('oy');
    const options = page.getByRole('listbox', { name: 'Search entities results' }).getByRole('option');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await search.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    const second = (await options.nth(1).locator('.picker-name').textContent())!;
    await search.press('Enter');
    await expect(detailsHeading(page)).toHaveText(second);
  });
});

test('focus shows the neighbourhood, Hops widens it, and Show all returns', async ({ page }) => {
  await openApp(page, '?entity=special-technology-center');
  await details(page).getByRole('button', { name: 'Focus' }).click();
  const oneHop = new Set(['special-technology-center', ...partnersOf('special-technology-center')]);
  await expect(statusText(page)).toContainText(`${oneHop.size} of ${entityCount} entities`);
  await expect.poll(() => visibleNodeIds(page)).toEqual([...oneHop].sort());

  await page.getByRole('combobox', { name: 'Hops' }).selectOption('2');
  const twoHops = new Set([...oneHop].flatMap((id) => [id, ...partnersOf(id)]));
  await expect(statusText(page)).toContainText(`${twoHops.size} of ${entityCount} entities`);
  await expect(page).toHaveURL(/focus=special-technology-center.*hops=2/);

  await page.getByRole('combobox', { name: 'Direction' }).selectOption('out');
  const downstream = new Set(['special-technology-center', ...customersOf('special-technology-center')]);
  for (const id of Array.from(downstream)) customersOf(id).forEach((c) => downstream.add(c));
  await expect(statusText(page)).toContainText(`${downstream.size} of ${entityCount} entities`);
  await expect.poll(() => visibleNodeIds(page)).toEqual([...downstream].sort());

  await page.getByRole('button', { name: 'Show all' }).first().click();
  await expect(statusText(page)).toContainText(`${entityCount} of ${entityCount} entities`);
});

test('Find path lists the shortest supply paths step by step, highlighted on the graph', async ({ page }) => {
  await openApp(page);
  await pick(page, 'From', 'asia pacific links');
  await pick(page, 'To', 'GRU');
  const found = page.getByRole('region', { name: 'Paths found' });
  await expect(found).toContainText(/shortest path/i);
  await expect(
    found
      .getByRole('region', { name: 'Path 1' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('button') }),
  ).toHaveCount(3);
  await expect(found).toContainText('Special Technology Center LLC produces for GRU');
  await expect(found.getByRole('link').first()).toHaveAttribute('href', /^https:/);
  expect(await nodeClasses(page, 'gru')).toContain('on-path');
  expect(await nodeClasses(page, 'fsb')).toContain('dimmed');

  await page.getByRole('button', { name: 'Clear path' }).click();
  await pick(page, 'From', 'GRU');
  await pick(page, 'To', 'asia pacific links');
  await expect(page.getByRole('note')).toHaveText(/No supply path leads from GRU .* to Asia Pacific Links Ltd\./);
});

test('the table lists what the graph shows, sorts, filters, selects and exports CSV', async ({ page }) => {
  await openApp(page, '?countries=FI,TR');
  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: 'Entities' });
  const expected = builtin.entities.filter((e) => ['FI', 'TR'].includes(e.country));
  await expect(table.locator('tbody tr')).toHaveCount(expected.length);
  await table.getByRole('button', { name: 'Name' }).click();
  const names = await table.locator('tbody th').allTextContents();
  expect(names).toEqual(
    expected.map((e) => e.name).sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base', numeric: true })),
  );

  await page.getByRole('searchbox', { name: 'Filter rows' }).fill('oy finland');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await table.getByRole('button', { name: 'Luminor Oy' }).click();
  await expect(detailsHeading(page)).toHaveText('Luminor Oy');
  await expect(page).toHaveURL(/tab=table/);

  const csv = await downloadedText(page, page.getByRole('button', { name: 'Export CSV' }));
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('Name,Country,Role,Listed by,First listed,Lag');
  expect(lines).toHaveLength(4);
  expect(csv).toContain('Luminor Oy,Finland,logistics');

  await page.getByRole('radio', { name: 'Links' }).check();
  await page.getByRole('searchbox', { name: 'Filter rows' }).fill('');
  const links = builtin.links.filter(
    (l) => expected.some((e) => e.id === l.source) && expected.some((e) => e.id === l.target),
  );
  await expect(page.getByRole('table', { name: 'Links' }).locator('tbody tr')).toHaveCount(links.length);
});

test('Exposure ranks unsanctioned entities by their sanctioned partners as of the date', async ({ page }) => {
  await openApp(page, '?asof=2023-09-19');
  await page.getByRole('checkbox', { name: 'Exposure' }).check();
  const list = page.getByRole('list', { name: 'Exposed entities' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const rows = await list.getByRole('listitem').evaluateAll((items) =>
    items.map((li) => ({
      name: li.querySelector('button')!.textContent!,
      partners: Number(li.querySelector('.count')!.textContent),
    })),
  );
  for (const row of rows) {
    const entity = builtin.entities.find((e) => e.name === row.name)!;
    expect(sanctionedOn(entity.id, '2023-09-19')).toBe(false);
    const risky = [...partnersOf(entity.id)].filter(
      (p) => sanctionedOn(p, '2023-09-19') || builtin.entities.find((e) => e.id === p)!.role === 'end-user',
    );
    expect(risky.length).toBe(row.partners);
  }
  const counts = rows.map((r) => r.partners);
  expect(counts).toEqual(counts.toSorted((a, b) => b - a));
  expect(rows.map((r) => r.name)).toContain('Grant Instrument');
  const first = builtin.entities.find((e) => e.name === rows[0]!.name)!.id;
  expect(await nodeClasses(page, first)).toContain('exposed');
  await expect(page).toHaveURL(/exposure=any/);
});

test('authority filters answer "listed by A but not by B", and details show authority badges', async ({ page }) => {
  await openApp(page, '?asof=latest');
  await page.getByRole('combobox', { name: 'Listed by', exact: true }).selectOption('US OFAC');
  await page.getByRole('combobox', { name: 'Not listed by' }).selectOption('US BIS');
  const expected = builtin.entities
    .filter((e) => authoritiesOf(e.id).has('US OFAC') && !authoritiesOf(e.id).has('US BIS'))
    .map((e) => e.id)
    .sort();
  await expect(statusText(page)).toContainText(`${expected.length} of ${entityCount} entities`);
  await expect.poll(() => visibleNodeIds(page)).toEqual(expected);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await clickNode(page, 'luminor-oy');
  await expect(details(page).getByRole('list', { name: 'Listed by' }).getByRole('listitem')).toHaveText([
    'US BIS',
    'US OFAC',
  ]);
});

test('a shared link reproduces focus, path, exposure, tab and selection', async ({ page, browser }) => {
  await openApp(page, '?entity=smt-ilogic');
  await details(page).getByRole('button', { name: 'Focus' }).click();
  await page.getByRole('combobox', { name: 'Hops' }).selectOption('2');
  await pick(page, 'From', 'asia pacific links');
  await pick(page, 'To', 'special technology');
  await page.getByRole('checkbox', { name: 'Exposure' }).check();
  const status = await statusText(page).textContent();
  const url = page.url();

  const other = await browser.newPage();
  await other.goto(url);
  await expect(statusText(other)).toHaveText(status!);
  await expect(other.getByRole('combobox', { name: 'Hops' })).toHaveValue('2');
  await expect(other.getByRole('combobox', { name: 'From' })).toHaveValue('Asia Pacific Links Ltd.');
  await expect(other.getByRole('checkbox', { name: 'Exposure' })).toBeChecked();
  await expect(other.getByRole('region', { name: 'Paths found' })).toBeVisible();
  await expect(detailsHeading(other)).toHaveText('SMT-iLogic');
  await other.close();
});
