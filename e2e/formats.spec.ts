import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { exportFiles, openApp, statusText, type SavedFile } from './app';

// Every data format the Export menu writes comes back through Import: half through the file picker,
// half dropped on the page. The import survives a reload and exports again.
const FORMATS = ['JSON', 'CSV', 'GEXF', 'GraphML', 'Cytoscape JSON', 'FollowTheMoney'] as const;

async function importFiles(page: Page, files: SavedFile[], by: 'picker' | 'drop') {
  if (by === 'picker') {
    await page
      .getByLabel('Import data file')
      .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })));
    return;
  }
  await page.evaluate((dropped) => {
    const transfer = new DataTransfer();
    for (const file of dropped) transfer.items.add(new File([file.text], file.name));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

const shownNames = (page: Page) =>
  page.evaluate(() =>
    window
      .cy!.nodes()
      .map((n) => n.data('label') as string)
      .sort(),
  );

FORMATS.forEach((format, i) => {
  const by = i % 2 === 0 ? 'picker' : 'drop';
  test(`${format} exported from a view imports back (${by}), survives a reload and exports again`, async ({ page }) => {
    await openApp(page, '?countries=FI');
    const [reference] = await exportFiles(page, 'JSON', { scope: 'this view' });
    const expected = (JSON.parse(reference!.text) as { entities: Array<{ name: string }> }).entities
      .map((e) => e.name)
      .sort();
    const files = await exportFiles(page, format, { scope: 'this view', count: format === 'CSV' ? 2 : 1 });

    await importFiles(page, files, by);
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report).toContainText(`Will import ${expected.length} entities`);
    await report.getByRole('button', { name: /^Import/ }).click();
    await expect(report).toBeHidden();
    await expect(statusText(page)).toContainText(`${expected.length} of ${expected.length} entities`);
    expect(await shownNames(page)).toEqual(expected);

    await page.reload();
    await expect(statusText(page)).toContainText(`${expected.length} of ${expected.length} entities`);
    expect(await shownNames(page)).toEqual(expected);
    await expect(page.getByRole('combobox', { name: 'Datasets' }).locator('option')).toHaveCount(2);

    const again = await exportFiles(page, format, { scope: 'whole dataset', count: format === 'CSV' ? 2 : 1 });
    for (const name of expected) expect(again.map((f) => f.text).join('\n')).toContain(name);
  });
});

// Files as other tools write them: Gephi, yEd, Cytoscape desktop, OpenSanctions and trade.gov.
const FOREIGN = [
  { file: 'gephi.gexf', entities: 3, links: 2, listings: 0 },
  { file: 'yed.graphml', entities: 2, links: 1, listings: 0 },
  { file: 'cytoscape-desktop.cyjs', entities: 2, links: 1, listings: 0 },
  { file: 'targets.nested.json', entities: 2, links: 1, listings: 1 },
  { file: 'consolidated.json', entities: 2, links: 0, listings: 2 },
];

FOREIGN.forEach(({ file, entities, links, listings }, i) => {
  test(`${file} from another tool imports through the ${i % 2 === 0 ? 'picker' : 'drop'}`, async ({ page }) => {
    await openApp(page);
    const text = await readFile(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
    await importFiles(page, [{ name: file, text }], i % 2 === 0 ? 'picker' : 'drop');
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report).toContainText(`Will import ${entities} entities, ${links} links, ${listings} listings`);
    await report.getByRole('button', { name: /^Import/ }).click();
    await expect(statusText(page)).toContainText(`${entities} of ${entities} entities · ${links} of ${links} links`);
  });
});
