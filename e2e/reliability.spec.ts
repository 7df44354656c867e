import { expect, test, type Page } from '@playwright/test';
import { builtin, openApp, statusText } from './app';

const small = {
  format: 'supply-lines',
  version: 1,
  title: 'Shipments kept in memory',
  sources: [{ id: 's', title: 'Customs records', publisher: 'Me' }],
  rounds: [],
  entities: [
    { id: 'a', name: 'Alpha Trading', kind: 'company', role: 'supplier', country: 'CN', sources: ['s'] },
    { id: 'b', name: 'Beta Logistics', kind: 'company', role: 'logistics', country: 'TR', sources: ['s'] },
  ],
  listings: [],
  links: [{ id: 'ab', source: 'a', target: 'b', kind: 'ships', confidence: 'reported', sources: ['s'] }],
};

const blockedStorage = {
  // A browser or site setting that refuses storage: opening a database throws.
  'indexedDB.open throws': () => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  },
  // Site data blocked for the page (a sandbox, say): even reading `indexedDB` or `localStorage` throws.
  'reading indexedDB and localStorage throws': () => {
    for (const name of ['indexedDB', 'localStorage']) {
      Object.defineProperty(window, name, {
        get: () => {
          throw new DOMException(`Access to ${name} is denied for this document.`, 'SecurityError');
        },
      });
    }
  },
};

for (const [name, block] of Object.entries(blockedStorage)) {
  test(`when ${name}, the app starts and an import opens, with a note that it will not be kept`, async ({ page }) => {
    await page.addInitScript(block);
    await openApp(page);
    await expect(statusText(page)).toContainText(`${builtin.entities.length} of ${builtin.entities.length} entities`);
    await importFile(page, 'shipments.json', JSON.stringify(small));
    await expect(statusText(page)).toContainText('2 of 2 entities · 1 of 1 links');
    const datasets = page.getByRole('combobox', { name: 'Datasets' });
    await expect(datasets.locator('option:checked')).toContainText('Shipments kept in memory');
    await expect(page.getByRole('note')).toContainText('will not be kept');
    // Switching back and forth works from memory.
    await datasets.selectOption({ index: 0 });
    await expect(statusText(page)).toContainText(`${builtin.entities.length} of ${builtin.entities.length} entities`);
    await datasets.selectOption({ index: 1 });
    await expect(statusText(page)).toContainText('2 of 2 entities');
  });
}

test('a link whose data address cannot be read shows the built-in data with a message saying what to do', async ({
  page,
}) => {
  await openApp(page, '?data=http://[');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('http://[ could not be opened');
  await expect(alert).toContainText('not a web address');
  await expect(alert).toContainText('Import data');
  await expect(statusText(page)).toContainText(`${builtin.entities.length} of ${builtin.entities.length} entities`);
});

test('a failure on the way to the first view shows the built-in data, with what failed', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'SUPPLY_LINES_BRIEFING', {
      get: () => {
        throw new Error('the briefing could not be read');
      },
    });
  });
  await openApp(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This address could not be opened');
  await expect(alert).toContainText('the briefing could not be read');
  await expect(statusText(page)).toContainText(`${builtin.entities.length} of ${builtin.entities.length} entities`);
  // The view still reaches the address bar, to share.
  await page
    .getByRole('group', { name: 'Countries' })
    .getByRole('checkbox', { name: 'Finland', exact: true })
    .uncheck();
  await expect(page).toHaveURL(/countries=/);
});

async function importFile(page: Page, name: string, content: string) {
  await page
    .getByLabel('Import data file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  const report = page.getByRole('dialog', { name: 'Import report' });
  await report.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(report).toBeHidden();
}
