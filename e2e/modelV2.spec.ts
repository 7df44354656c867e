import { expect, test, type Page } from '@playwright/test';
import { nodeClasses, openApp, statusText } from './app';

// A network using what version 2 of the format adds: an undated list, a delisting, several countries
// with their meanings, an ownership share, a family tie and a programme as a link target.
const network = {
  format: 'supply-lines',
  version: 2,
  title: 'Version 2 network',
  sources: [{ id: 's', title: 'A register', publisher: 'Me', url: 'https://example.org/register' }],
  rounds: [
    { id: 'bis', authority: 'US BIS', list: 'Entity List', date: '2023-09-25', sources: ['s'] },
    { id: 'sdn', authority: 'US OFAC', list: 'SDN List', sources: ['s'] },
  ],
  entities: [
    {
      id: 'alpha',
      name: 'Alpha Trading',
      kind: 'company',
      role: 'supplier',
      country: 'CN',
      countries: [
        { code: 'CN', as: 'registration' },
        { code: 'TR', as: 'address' },
      ],
      sources: ['s'],
    },
    { id: 'beta', name: 'Beta Components', kind: 'company', role: 'supplier', country: 'RU', sources: ['s'] },
    { id: 'owner', name: 'Ivan Owner', kind: 'person', role: 'owner', country: 'RU', sources: ['s'] },
    { id: 'brother', name: 'Oleg Owner', kind: 'person', role: 'other', country: 'RU', sources: ['s'] },
    { id: 'uav', name: 'Iran UAV programme', kind: 'programme', role: 'end-user', country: 'IR', sources: ['s'] },
  ],
  listings: [
    { entity: 'alpha', round: 'sdn', citation: 'OFAC 12345', sources: ['s'] },
    {
      entity: 'beta',
      round: 'bis',
      end: { status: 'delisted', date: '2024-01-10', reason: 'removed on appeal' },
      sources: ['s'],
    },
  ],
  links: [
    {
      id: 'owns',
      source: 'owner',
      target: 'alpha',
      kind: 'owns',
      share: 51,
      role: 'beneficial owner',
      confidence: 'official',
      sources: ['s'],
    },
    {
      id: 'kin',
      source: 'owner',
      target: 'brother',
      kind: 'family',
      role: 'brother',
      confidence: 'reported',
      sources: ['s'],
    },
    {
      id: 'ships',
      source: 'alpha',
      target: 'uav',
      kind: 'supplies',
      items: ['servomotors'],
      confidence: 'reported',
      sources: ['s'],
    },
  ],
};

async function importNetwork(page: Page) {
  await openApp(page);
  await page
    .getByLabel('Import data file')
    .setInputFiles({ name: 'v2.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(network)) });
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText('Will import 5 entities, 3 links, 2 listings, 2 rounds and 1 sources');
  await report.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(report).toBeHidden();
}

async function selectBySearch(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Search entities' }).fill(name);
  await expect(
    page.getByRole('listbox', { name: 'Search entities results' }).getByRole('option').first(),
  ).toContainText(name);
  await page.getByRole('combobox', { name: 'Search entities' }).press('Enter');
}

const legend = (page: Page) => page.locator('.legend');

test('an undated listing reads "date unknown" and counts as listed; a delisting is stepped past', async ({ page }) => {
  await importNetwork(page);
  await expect(statusText(page)).toContainText(
    '5 of 5 entities · 3 of 3 links · 0 sanctioned as of 2024-01-10 · 1 listed, date unknown',
  );
  expect(await nodeClasses(page, 'alpha')).toContain('date-unknown');
  expect(await nodeClasses(page, 'beta')).toContain('delisted');
  await expect(legend(page)).toContainText('Listed, date unknown');
  await expect(legend(page)).toContainText('Delisted or expired by the date');

  await selectBySearch(page, 'Alpha Trading');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Alpha Trading');
  await expect(details).toContainText('Listed, date unknown');
  await expect(details.getByRole('list', { name: 'Listings' })).toContainText('US OFAC SDN List · date unknown');
  await expect(details.getByRole('list', { name: 'Listings' })).toContainText('Citation: OFAC 12345');
  await expect(details).toContainText('China (registered)');
  await expect(details).toContainText('Türkiye (address)');

  // One step back: the day before the delisting, Beta is sanctioned again and Alpha still listed.
  await page.getByRole('button', { name: 'Previous round' }).click();
  await expect(statusText(page)).toContainText('1 sanctioned as of 2023-09-25 · 1 listed, date unknown');
  expect(await nodeClasses(page, 'beta')).toContain('sanctioned');
  await selectBySearch(page, 'Beta Components');
  await expect(details.getByRole('list', { name: 'Listings' })).toContainText(
    'Ended: delisted 2024-01-10: removed on appeal',
  );
});

test('the country filter matches any country an entity has; shares, roles, programmes and undirected ties show', async ({
  page,
}) => {
  await importNetwork(page);
  const countries = page.getByRole('group', { name: 'Countries' });
  await countries.getByRole('checkbox', { name: 'China', exact: true }).uncheck();
  await expect.poll(() => nodeClasses(page, 'alpha')).not.toContain('hidden');
  await countries.getByRole('checkbox', { name: 'Türkiye', exact: true }).uncheck();
  await expect.poll(() => nodeClasses(page, 'alpha')).toContain('hidden');
  await page.getByRole('button', { name: 'Reset filters' }).click();

  expect(await nodeClasses(page, 'uav')).toContain('kind-programme');
  expect(await page.evaluate(() => window.cy!.getElementById('kin').style('target-arrow-shape'))).toBe('none');
  expect(await page.evaluate(() => window.cy!.getElementById('owns').style('target-arrow-shape'))).toBe('triangle');
  await expect(legend(page)).toContainText('Programme');
  await expect(legend(page)).toContainText('No arrowhead: a tie without direction');

  await selectBySearch(page, 'Ivan Owner');
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('button', { name: 'Link details: owns' }).click();
  await expect(details).toContainText('Share: 51%');
  await expect(details).toContainText('Role: beneficial owner');
});
