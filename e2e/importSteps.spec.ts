import { expect, test } from '@playwright/test';
import { builtin, openApp, statusText } from './app';

test('a CSV file with unknown headers asks which column is which, with a preview, then imports', async ({ page }) => {
  await openApp(page);
  const csv =
    'Exporter,Importer,Goods,Shipped\nAsia Pacific Links,SMT-iLogic,GNSS modules,2022-03\nAsia Pacific Links,Unknown buyer,cellular modules,2022-05\n';
  await page
    .getByLabel('Import data file')
    .setInputFiles({ name: 'shipments.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const mapping = page.getByRole('dialog', { name: 'Map columns' });
  await expect(mapping.getByRole('table', { name: 'Preview of shipments.csv' })).toContainText('SMT-iLogic');
  await expect(mapping).toContainText('shipments.csv: choose the column that holds the Id or the Name.');
  await expect(mapping.getByRole('button', { name: 'Continue' })).toBeDisabled();

  await mapping.getByLabel('shipments.csv holds').selectOption('links');
  await mapping.getByLabel('shipments.csv: From (source)').selectOption('Exporter');
  await mapping.getByLabel('shipments.csv: To (target)').selectOption('Importer');
  await mapping.getByLabel('shipments.csv: Items').selectOption('Goods');
  await mapping.getByLabel('shipments.csv: Period from').selectOption('Shipped');
  await expect(mapping.getByRole('table', { name: 'Preview of shipments.csv' }).locator('th').first()).toContainText(
    '→ From (source)',
  );
  await mapping.getByRole('button', { name: 'Continue' }).click();

  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText('Will import 3 entities, 2 links, 0 listings, 0 rounds and 1 sources');
  await report.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(statusText(page)).toContainText('3 of 3 entities · 2 of 2 links');
  expect(
    await page.evaluate(() =>
      window
        .cy!.edges()
        .map((e) => e.data('source') as string)
        .sort(),
    ),
  ).toEqual(['Asia-Pacific-Links', 'Asia-Pacific-Links']);
});

test('a 50 MB file is read off the main thread with progress, and Cancel stops it with nothing changed', async ({
  page,
}) => {
  await openApp(page);
  const before = await statusText(page).textContent();
  // Builds a 50 MB FollowTheMoney file in the page and drops it, so it need not cross the test wire.
  await page.evaluate(() => {
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const entity = {
        id: `company-${i}`,
        schema: 'Company',
        properties: {
          name: [`Company number ${i} Trading Limited`],
          country: ['cn'],
          sourceUrl: [`https://example.org/register/${i}`],
          notes: ['x'.repeat(120)],
        },
      };
      const text = `${JSON.stringify(entity)}\n`;
      lines.push(text);
      size += text.length;
    }
    const transfer = new DataTransfer();
    transfer.items.add(new File(lines, 'opensanctions.ftm.json', { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  const importing = page.getByRole('dialog', { name: 'Importing' });
  await expect(importing).toContainText('Importing opensanctions.ftm.json');
  // The bar moves while the file is read: the page keeps receiving and drawing the worker's reports.
  // (Waits are long because a loaded two-core machine reads 50 MB slowly; nothing here is timed.)
  const progress = importing.getByRole('progressbar', { name: 'Import progress' });
  await expect(importing).toContainText(/Reading .* \(\d+%\)/, { timeout: 30_000 });
  const first = Number(await progress.getAttribute('value'));
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 }).not.toBe(first);
  await importing.getByRole('button', { name: 'Cancel' }).click();
  await expect(importing).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Import report' })).toBeHidden();
  await expect(statusText(page)).toHaveText(before!);
  await expect(page.getByRole('combobox', { name: 'Datasets' }).locator('option')).toHaveCount(1);
});

test('merging an import into the built-in dataset shows the matches first and saves the result as a new dataset', async ({
  page,
}) => {
  await openApp(page);
  const nodes =
    'Id,Label,Country,Role\r\nnk-apl,ASIA PACIFIC LINKS LIMITED,HK,supplier\r\nnew-co,New Components Trading,TR,supplier\r\n';
  const edges = 'Source,Target,Type,Items\r\nnew-co,nk-apl,supplies,GNSS modules\r\n';
  await page.getByLabel('Import data file').setInputFiles([
    { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(nodes) },
    { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from(edges) },
  ]);
  await page
    .getByRole('dialog', { name: 'Import report' })
    .getByRole('button', { name: 'Import', exact: true })
    .click();
  await expect(statusText(page)).toContainText('2 of 2 entities');

  await page.getByRole('button', { name: 'Merge…' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge datasets' });
  await merge.getByLabel('Dataset to merge in').selectOption({ label: `Built-in: ${builtin.title}` });
  await expect(merge.getByLabel('Merge summary')).toContainText(
    `1 entities match: 0 by id, 1 by name and country. The merge adds ${builtin.entities.length - 1} entities`,
  );
  await expect(merge.getByRole('table', { name: 'Matched entities' })).toContainText(
    'Asia Pacific Links Ltd. (HK)ASIA PACIFIC LINKS LIMITED (HK)name and country',
  );
  await merge.getByRole('button', { name: 'Merge into a new dataset' }).click();
  await expect(merge).toBeHidden();

  const total = builtin.entities.length + 1;
  await expect(page.getByRole('combobox', { name: 'Datasets' }).locator('option:checked')).toContainText(
    `nodes + edges + ${builtin.title} (${total} entities`,
  );
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(statusText(page)).toContainText(`${total} of ${total} entities`);
  // The import's entity took the built-in one's sanctions and links: one node, with both names.
  expect(await page.evaluate(() => window.cy!.getElementById('nk-apl').connectedEdges().length)).toBeGreaterThan(1);
  await expect(page.getByRole('combobox', { name: 'Datasets' }).locator('option')).toHaveCount(3);
});

test('dragging files over the page says it will take them, and dropping them starts the import', async ({ page }) => {
  await openApp(page);
  const overlay = page.getByText('Drop files to import them.');
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Id,Label\na,Alpha\n'], 'nodes.csv'));
    (window as unknown as { dragged: DataTransfer }).dragged = transfer;
    document.body.dispatchEvent(
      new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  });
  await expect(overlay).toBeVisible();
  await page.evaluate(() => {
    const transfer = (window as unknown as { dragged: DataTransfer }).dragged;
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await expect(overlay).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Import report' })).toContainText('Will import 1 entities');
});
