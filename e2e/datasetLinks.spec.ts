import { expect, test } from '@playwright/test';
import { builtin, openApp, statusText } from './app';

// Datasets named by the address (`?data=`): a broken one is reported and the built-in data stays; a
// good one opens, and the Datasets list says what is open.
const entityCount = builtin.entities.length;

test('a broken dataset named in the URL is reported with its problems, and the built-in data stays', async ({
  page,
}) => {
  await page.route('**/broken.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...builtin, entities: [{ ...builtin.entities[0], country: 'XX' }] }),
    }),
  );
  await openApp(page, '?data=broken.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.json could not be opened');
  await expect(alert).toContainText('entities[0].country');
  await expect(statusText(page)).toContainText(`${entityCount} of ${entityCount} entities`);
});

test('a dataset opened from a link is named in the Datasets list, and the built-in data is one choice away', async ({
  page,
}) => {
  const shipments = {
    ...builtin,
    title: 'Shipments from a link',
    entities: builtin.entities.slice(0, 3),
    links: [],
    listings: builtin.listings.filter((l) => builtin.entities.slice(0, 3).some((e) => e.id === l.entity)),
  };
  await page.route('**/shipments.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(shipments) }),
  );
  await openApp(page, '?data=shipments.json');
  await expect(statusText(page)).toContainText('3 of 3 entities');
  const datasets = page.getByRole('combobox', { name: 'Datasets' });
  await expect(datasets.locator('option:checked')).toHaveText(
    'Shipments from a link (3 entities, opened from a link, not kept)',
  );
  await datasets.selectOption({ label: `Built-in: ${builtin.title} (${entityCount} entities)` });
  await expect(statusText(page)).toContainText(`${entityCount} of ${entityCount} entities`);
  await expect(datasets.locator('option:checked')).toContainText('Built-in:');
});
