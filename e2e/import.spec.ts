import { expect, test, type Page } from '@playwright/test';
import { builtin, downloadedText, openApp, statusText } from './app';

const small = {
  format: 'supply-lines',
  version: 1,
  title: 'My shipments',
  sources: [{ id: 's', title: 'Customs records', publisher: 'Me', url: 'https://example.org/customs' }],
  rounds: [{ id: 'r', authority: 'US BIS', list: 'Entity List', date: '2023-09-25', sources: ['s'] }],
  entities: [
    { id: 'a', name: '<b>Alpha</b> Trading', kind: 'company', role: 'supplier', country: 'CN', sources: ['s'] },
    { id: 'b', name: 'Beta Logistics', kind: 'company', role: 'logistics', country: 'TR', sources: ['s'] },
    { id: 'c', name: 'Broken', kind: 'company', role: 'supplier', country: 'XX', sources: ['s'] },
  ],
  listings: [{ entity: 'a', round: 'r', sources: ['s'] }],
  links: [
    { id: 'ab', source: 'a', target: 'b', kind: 'ships', items: ['modules'], confidence: 'reported', sources: ['s'] },
    { id: 'ac', source: 'a', target: 'c', kind: 'ships', confidence: 'reported', sources: ['s'] },
  ],
};

async function pickFile(page: Page, name: string, content: string) {
  await page
    .getByLabel('Import data file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('importing a file shows a report first, imports the valid part, and the import survives a reload', async ({
  page,
}) => {
  await openApp(page);
  await pickFile(page, 'shipments.json', JSON.stringify(small));
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText('Will import 2 entities, 1 links, 1 listings, 1 rounds and 1 sources');
  await expect(report.getByRole('list', { name: 'Problems' })).toContainText(
    'shipments.json, entities[2].country: is not an ISO 3166-1 alpha-2 country code',
  );
  await expect(report.getByRole('list', { name: 'Problems' })).toContainText('links[1]: "ac" joins "a" to "c"');
  const saved = await downloadedText(page, report.getByRole('button', { name: 'Save problem list' }));
  expect(saved.trim().split('\n')).toEqual([
    expect.stringContaining('shipments.json, entities[2].country'),
    expect.stringContaining('shipments.json, links[1]: "ac" joins "a" to "c"'),
  ]);
  await report.getByRole('button', { name: 'Import valid part' }).click();
  await expect(report).toBeHidden();
  await expect(statusText(page)).toContainText('2 of 2 entities · 1 of 1 links · 1 sanctioned');
  const datasets = page.getByRole('combobox', { name: 'Datasets' });
  await expect(datasets.locator('option:checked')).toContainText('My shipments (2 entities, 1 links, imported');
  // Names are text, never markup.
  expect(await page.evaluate(() => window.cy!.getElementById('a').data('label'))).toBe('<b>Alpha</b> Trading');
  await expect(page.locator('b', { hasText: 'Alpha' })).toHaveCount(0);

  await page.reload();
  await expect(statusText(page)).toContainText('2 of 2 entities');
  await datasets.selectOption({ index: 0 });
  await expect(statusText(page)).toContainText(`${builtin.entities.length} of ${builtin.entities.length} entities`);
  await expect(datasets.locator('option')).toHaveCount(2);
});

test('a broken file is reported in plain words, and nothing the user had changes', async ({ page }) => {
  await openApp(page);
  const before = await statusText(page).textContent();
  await pickFile(page, 'broken.json', '{"format": "supply-lines", "version": 1, "entities": [');
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText('Nothing can be imported from this file.');
  await expect(report).toContainText('broken.json, line 1: is not valid JSON');
  await expect(report.getByRole('button', { name: 'Import' })).toBeDisabled();
  // Keyboard users land in the dialog, and Escape is Cancel.
  await expect(report).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(report).toBeHidden();
  await expect(statusText(page)).toHaveText(before!);
});

test('a file dropped on the page is imported the same way, and an import can be renamed and deleted', async ({
  page,
}) => {
  await openApp(page);
  await page.evaluate(
    (text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    JSON.stringify({
      ...small,
      title: 'Dropped',
      entities: small.entities.slice(0, 2),
      links: small.links.slice(0, 1),
    }),
  );
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText('Will import 2 entities');
  await report.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(statusText(page)).toContainText('2 of 2 entities');

  page.once('dialog', (dialog) => dialog.accept('Renamed import'));
  await page.getByRole('button', { name: 'Rename Dropped' }).click();
  await expect(page.getByRole('combobox', { name: 'Datasets' }).locator('option:checked')).toContainText(
    'Renamed import',
  );
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Delete Renamed import' }).click();
  await expect(statusText(page)).toContainText(`${builtin.entities.length} of ${builtin.entities.length} entities`);
  await expect(page.getByRole('combobox', { name: 'Datasets' }).locator('option')).toHaveCount(1);
});

test('CSV tables (entities and links) import through the picker with their problems reported by line', async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel('Import data file').setInputFiles([
    {
      name: 'nodes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Id,Label,Country,Role\r\napl,Asia Pacific Links,Hong Kong,supplier\r\nsmt,SMT-iLogic,RU,distributor\r\nbad,Bad Country,Atlantis,other\r\n',
      ),
    },
    {
      name: 'edges.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Source,Target,Type,Items\napl,smt,supplies,GNSS modules\n'),
    },
  ]);
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText('Will import 2 entities, 1 links');
  await expect(report.getByRole('list', { name: 'Problems' })).toContainText('nodes.csv, line 4, entities[2].country');
  await report.getByRole('button', { name: 'Import valid part' }).click();
  await expect(statusText(page)).toContainText('2 of 2 entities · 1 of 1 links');
  await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'China', exact: true }).uncheck();
  await expect(statusText(page)).toContainText('1 of 2 entities');
});

test('FollowTheMoney lines import, and the FollowTheMoney export of a view comes back the same', async ({ page }) => {
  await openApp(page, '?countries=FI');
  await page.getByRole('button', { name: 'Export' }).click();
  const text = await downloadedText(page, page.getByRole('menuitem', { name: 'FollowTheMoney' }));
  await page
    .getByLabel('Import data file')
    .setInputFiles({ name: 'finland.ftm.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const report = page.getByRole('dialog', { name: 'Import report' });
  const finnish = builtin.entities.filter((e) => e.country === 'FI');
  await expect(report).toContainText(`Will import ${finnish.length} entities`);
  await report.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(statusText(page)).toContainText(`${finnish.length} of ${finnish.length} entities`);
  const names = await page.evaluate(() =>
    window
      .cy!.nodes()
      .map((n) => n.data('label') as string)
      .sort(),
  );
  expect(names).toEqual(finnish.map((e) => e.name).sort());
});

const CSL_HEADER =
  '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids';
const cslRow = (id: string, name: string, country: string, date: string) =>
  `"${id}","Entity List (EL) - Bureau of Industry and Security","","","","${name}","","Somewhere, ${country}","88 FR 66271","${date}","","","For all items subject to the EAR.","","","","","","","","","https://www.bis.doc.gov/el","","","","","","https://www.bis.doc.gov/el",""`;

test('a Consolidated Screening List CSV imports as entities listed in rounds per source list and date', async ({
  page,
}) => {
  await openApp(page);
  const csv = [
    CSL_HEADER,
    cslRow('a1', 'Alpha Electronics', 'CN', '2023-09-27'),
    cslRow('b2', 'Beta Oy', 'FI', '2023-09-27'),
    cslRow('c3', 'Gamma GmbH', 'DE', '2023-10-06'),
  ].join('\n');
  await page
    .getByLabel('Import data file')
    .setInputFiles({ name: 'consolidated.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText('Will import 3 entities, 0 links, 3 listings, 2 rounds');
  await report.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(statusText(page)).toContainText('3 of 3 entities');
  await expect(
    page
      .getByRole('group', { name: 'Sanctions rounds' })
      .getByRole('checkbox', { name: '2023-09-27 US BIS Entity List (EL)' }),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: 'Countries' }).getByRole('checkbox')).toHaveCount(3);
});
