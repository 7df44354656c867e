import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtin, downloadedText, nodeClasses, openApp, statusText } from './app';

// Issue #18's three questions on the built-in data and an OpenSanctions-like import: which routes were
// still open, how far behind each authority was, and what changed between two dates.

const nameOf = (id: string) => builtin.entities.find((e) => e.id === id)!.name;
const roundDate = (roundId: string) => builtin.rounds.find((r) => r.id === roundId)!.date;
const channelItems = (page: Page) => page.getByRole('list', { name: 'Open channels' }).getByRole('listitem');
const routeNames = async (page: Page) => (await channelItems(page).getByRole('button').allTextContents()).sort();

// The routes the file holds open on a day, worked out here the simple way (every path of up to four goods
// or payment links into a listed end-user, through entities no one lists that day), not by the app's code.
const GOODS_AND_MONEY = new Set(['supplies', 'ships', 'procures-for', 'produces-for', 'pays']);
const listedOn = (id: string, day: string) =>
  builtin.listings.some((l) => {
    const since = l.date ?? roundDate(l.round);
    const ended = l.end && (l.end.date === undefined || l.end.date <= day);
    return l.entity === id && (since === undefined || since <= day) && !ended;
  });
const linkHolds = (period: { from?: string; to?: string } | undefined, day: string) =>
  (!period?.from || period.from <= day) && (!period?.to || period.to >= day || day.startsWith(period.to));
function openRoutes(day: string): string[] {
  const routes: string[] = [];
  const extend = (path: string[]) => {
    if (path.length > 1) routes.push(path.map(nameOf).join(' → '));
    if (path.length === 5) return;
    for (const link of builtin.links) {
      if (link.target !== path[0] || !GOODS_AND_MONEY.has(link.kind) || !linkHolds(link.period, day)) continue;
      if (!path.includes(link.source) && !listedOn(link.source, day)) extend([link.source, ...path]);
    }
  };
  for (const entity of builtin.entities)
    if (entity.role === 'end-user' && listedOn(entity.id, day)) extend([entity.id]);
  return routes.sort();
}

test('Open channels the day before 25 Sept 2023 shows the routes that round closed; on the day they are gone', async ({
  page,
}) => {
  const onTheDay = openRoutes('2023-09-25');
  const dayBefore = openRoutes('2023-09-24');
  const closed = dayBefore.filter((r) => !onTheDay.includes(r));
  expect(closed.length).toBeGreaterThan(0);

  await openApp(page);
  await page.getByRole('checkbox', { name: 'Open channels' }).check();
  await expect.poll(() => routeNames(page)).toEqual(onTheDay);

  await page.getByRole('combobox', { name: 'Open channels on' }).selectOption({ label: 'the day before (2023-09-24)' });
  await expect(page).toHaveURL(/channels=any.*channelson=day-before/);
  await expect.poll(() => routeNames(page)).toEqual(dayBefore);
  // The routes the round closed say so, and no other does.
  const closedItems = channelItems(page).filter({ hasText: 'closed 2023-09-25' });
  expect((await closedItems.getByRole('button').allTextContents()).sort()).toEqual(closed);
  // Shortest first.
  const lengths = (await channelItems(page).getByRole('button').allTextContents()).map(
    (text) => text.split(' → ').length,
  );
  expect(lengths).toEqual([...lengths].sort((a, b) => a - b));

  // Choosing a route highlights it alone and lists it step by step.
  const chosen = closed[0]!;
  const chosenIds = chosen.split(' → ').map((name) => builtin.entities.find((e) => e.name === name)!.id);
  await channelItems(page).getByRole('button', { name: chosen, exact: true }).first().click();
  await expect(channelItems(page).filter({ hasText: chosen }).first().locator('.path-steps > li')).toHaveCount(
    chosenIds.length - 1,
  );
  await expect.poll(() => nodeClasses(page, chosenIds[0]!)).toContain('open-channel');
  const elsewhere = builtin.entities.find((e) => !dayBefore.some((r) => r.split(' → ').includes(e.name)))!;
  expect(await nodeClasses(page, elsewhere.id)).toContain('dimmed');
  await expect(page).toHaveURL(/route=/);
  await expect(page.locator('.legend')).toContainText('On an open channel to a sanctioned end-user');

  const csv = await downloadedText(page, page.getByRole('button', { name: 'Export open channels (CSV)' }));
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('Rank,Route,Links,End-user,Steps,Evidence,Closed on,Closed by,Entity ids,Link ids');
  expect(lines).toHaveLength(1 + dayBefore.length);
});

// An OpenSanctions-like FollowTheMoney file: OFAC listed all three firms on 19 May 2022, the EU two of
// them later, the UK one; Gamma is listed by OFAC alone.
const ftm = [
  { id: 'alpha', schema: 'Company', properties: { name: ['Alpha Components LLC'], country: ['ru'] } },
  { id: 'beta', schema: 'Company', properties: { name: ['Beta Trading Ltd'], country: ['hk'] } },
  { id: 'gamma', schema: 'Company', properties: { name: ['Gamma Logistics'], country: ['tr'] } },
  ...[
    ['alpha', 'US OFAC', '2022-05-19'],
    ['beta', 'US OFAC', '2022-05-19'],
    ['gamma', 'US OFAC', '2022-05-19'],
    ['alpha', 'EU', '2023-09-14'],
    ['beta', 'EU', '2022-12-16'],
    ['alpha', 'UK', '2022-06-18'],
  ].map(([entity, authority, startDate], i) => ({
    id: `sanction-${i}`,
    schema: 'Sanction',
    properties: { entity: [entity], authority: [authority], program: ['RUSSIA'], startDate: [startDate] },
  })),
];
const expectedLags: Record<string, string[]> = {
  'Alpha Components LLC': [
    'US OFAC: 2022-05-19 · +0 days (first)',
    'UK: 2022-06-18 · +30 days',
    'EU: 2023-09-14 · +483 days',
  ],
  'Beta Trading Ltd': ['US OFAC: 2022-05-19 · +0 days (first)', 'EU: 2022-12-16 · +211 days', 'UK: not listed'],
  'Gamma Logistics': ['US OFAC: 2022-05-19 · +0 days (first)', 'EU: not listed', 'UK: not listed'],
};

test("an imported OpenSanctions file shows each authority's lag for every listed entity, in details, table and statistics", async ({
  page,
}) => {
  await openApp(page);
  const text = ftm.map((line) => JSON.stringify(line)).join('\n');
  await page
    .getByLabel('Import data file')
    .setInputFiles({ name: 'targets.ftm.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const report = page.getByRole('dialog', { name: 'Import report' });
  await report.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(statusText(page)).toContainText('3 of 3 entities');

  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('list', { name: 'Median lag per authority' })).toContainText('EU +347 days');
  for (const [name, lines] of Object.entries(expectedLags)) {
    await page.getByRole('combobox', { name: 'Search entities' }).fill(name);
    // Enter picks the first result once the results are listed, as a user sees them first.
    await expect(
      page.getByRole('listbox', { name: 'Search entities results' }).getByRole('option').first(),
    ).toContainText(name);
    await page.getByRole('combobox', { name: 'Search entities' }).press('Enter');
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(name);
    await expect(details.getByRole('list', { name: 'Authority lag' }).getByRole('listitem')).toHaveText(lines);
  }

  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: 'Entities' });
  await expect(table.getByRole('columnheader', { name: 'Lag' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Alpha Components LLC/ })).toContainText('483 days (EU)');
  await expect(table.getByRole('row', { name: /Beta Trading Ltd/ })).toContainText('211 days (EU)');
});

// A real OpenSanctions file (src/test/fixtures/real/README.md): two companies of the Zala Aero network,
// each listed by some twenty authorities, a few on no known date.
const zalaText = readFileSync(
  new URL('../src/test/fixtures/real/yente-zala.entities.ftm.json', import.meta.url),
  'utf8',
);
type FtmRecord = { id: string; schema: string; caption?: string; properties: Record<string, string[] | undefined> };
const zala: FtmRecord[] = zalaText
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));

/** The earliest of a property's dates, as a day. */
const earliest = (values: string[] | undefined) =>
  values && values.length > 0 ? [...values].sort()[0]!.slice(0, 10) : undefined;

/** Each authority's line for an entity, read from the file: earliest start date, else listing date; undated; not listed. */
function lagLinesFromFile(entityId: string, authorities: string[]): string[] {
  const firsts = new Map<string, string | null>();
  for (const record of zala.filter((r) => r.schema === 'Sanction' && r.properties.entity![0] === entityId)) {
    const { authority, startDate, listingDate, date } = record.properties;
    const when = earliest(startDate) ?? earliest(listingDate) ?? earliest(date) ?? null;
    const known = firsts.get(authority![0]!);
    firsts.set(
      authority![0]!,
      known === undefined || known === null ? when : when !== null && when < known ? when : known,
    );
  }
  const first = [...firsts.values()].filter((d): d is string => d !== null).sort()[0]!;
  const days = (d: string) => Math.round((Date.parse(d) - Date.parse(first)) / 86_400_000);
  const dated = [...firsts]
    .filter((e): e is [string, string] => e[1] !== null)
    .sort((a, b) => days(a[1]) - days(b[1]) || a[0].localeCompare(b[0]));
  const undated = [...firsts]
    .filter(([, d]) => d === null)
    .map(([a]) => a)
    .sort((a, b) => a.localeCompare(b));
  const never = authorities.filter((a) => !firsts.has(a)).sort((a, b) => a.localeCompare(b));
  return [
    ...dated.map(
      ([a, d]) => `${a}: ${d} · +${days(d)} day${days(d) === 1 ? '' : 's'}${days(d) === 0 ? ' (first)' : ''}`,
    ),
    ...undated.map((a) => `${a}: date unknown`),
    ...never.map((a) => `${a}: not listed`),
  ];
}

test("the real OpenSanctions file shows every authority's lag for each listed entity", async ({ page }) => {
  await openApp(page);
  await page
    .getByLabel('Import data file')
    .setInputFiles({ name: 'entities.ftm.json', mimeType: 'application/json', buffer: Buffer.from(zalaText) });
  await page
    .getByRole('dialog', { name: 'Import report' })
    .getByRole('button', { name: /^Import/ })
    .first()
    .click();
  await expect(statusText(page)).toContainText('17 of 17 entities');
  const authorities = [...new Set(zala.filter((r) => r.schema === 'Sanction').map((r) => r.properties.authority![0]!))];
  const listed = [...new Set(zala.filter((r) => r.schema === 'Sanction').map((r) => r.properties.entity![0]!))];
  expect(listed).toHaveLength(2);
  const details = page.getByRole('complementary', { name: 'Details' });
  for (const id of listed) {
    const name = zala.find((r) => r.id === id)!.caption!;
    await page.getByRole('combobox', { name: 'Search entities' }).fill(name);
    // Enter picks the first result once the results are listed, as a user sees them first.
    await expect(
      page.getByRole('listbox', { name: 'Search entities results' }).getByRole('option').first(),
    ).toContainText(name);
    await page.getByRole('combobox', { name: 'Search entities' }).press('Enter');
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(name);
    await expect(details.getByRole('list', { name: 'Authority lag' }).getByRole('listitem')).toHaveText(
      lagLinesFromFile(id, authorities),
    );
  }
});

const listedBetween = (from: string, to: string) =>
  builtin.listings.filter((l) => {
    const since = l.date ?? roundDate(l.round);
    return since !== undefined && since > from && since <= to;
  });
const linksBetween = (from: string, to: string) =>
  builtin.links.filter((l) => l.period?.from && l.period.from > from && l.period.from <= to);
const addedBetween = (from: string, to: string) => listedBetween(from, to).length + linksBetween(from, to).length;

test('Compare between two rounds shows exactly the listings between them, in the graph, the status line and the legend', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: 'Compare' }).check();
  // Left alone, it compares the previous round with the As of date (25 Sept 2023).
  const september = listedBetween('2023-09-19', '2023-09-25');
  expect(september.length).toBeGreaterThan(0);
  await expect(statusText(page)).toContainText(`as of 2023-09-25 · ${addedBetween('2023-09-19', '2023-09-25')} added`);
  const added = page.getByRole('list', { name: 'Added listings' }).getByRole('listitem');
  await expect(added).toHaveCount(september.length);
  expect((await added.getByRole('button').allTextContents()).sort()).toEqual(
    september.map((l) => nameOf(l.entity)).sort(),
  );
  for (const listing of september) expect(await nodeClasses(page, listing.entity)).toContain('added');
  expect(await nodeClasses(page, 'pesc')).toContain('dimmed');
  await expect(page.locator('.legend')).toContainText('Added between the compared dates');

  await page.getByRole('combobox', { name: 'Compare from' }).selectOption('2023-09-14');
  await page.getByRole('combobox', { name: 'Compare to' }).selectOption('2023-09-27');
  await expect(page).toHaveURL(/compare=2023-09-14,2023-09-27/);
  await expect(statusText(page)).toContainText(`· ${addedBetween('2023-09-14', '2023-09-27')} added`);
  const wider = listedBetween('2023-09-14', '2023-09-27');
  await expect(added).toHaveCount(Math.min(wider.length, 30));
  expect(await nodeClasses(page, 'pesc')).toContain('added');
});

test('Compare carries into image exports, and Present steps it with the rounds', async ({ page }) => {
  await openApp(page, '?compare=previous,current');
  const count = addedBetween('2023-09-19', '2023-09-25');
  await expect(statusText(page)).toContainText(`· ${count} added`);
  // An image export carries the count in its subtitle and the entry in its legend.
  await page.getByRole('button', { name: 'Export' }).click();
  const svg = await downloadedText(page, page.getByRole('menuitem', { name: 'SVG image' }));
  expect(svg).toContain(`${count} added`);
  expect(svg).toContain('Added between the compared dates');

  const september = listedBetween('2023-09-19', '2023-09-25')[0]!.entity;
  const next = listedBetween('2023-09-25', '2023-09-27')[0]!.entity;
  await page.getByRole('button', { name: 'Present' }).click();
  await expect.poll(() => nodeClasses(page, september)).toContain('added');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-date')).toHaveText('As of 2023-09-27');
  await expect.poll(() => nodeClasses(page, next)).toContain('added');
  expect(await nodeClasses(page, september)).toContain('dimmed');
  await expect(page.locator('.legend')).toContainText('Added between the compared dates');
});
