import { expect, test, type Page } from '@playwright/test';
import { builtin, openApp } from './app';
import { expectNoAxeViolations } from './axe';

// Every screen and dialog of the app, checked by axe in both themes: no violation is tolerated, and no
// rule is switched off (issue #15).

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

async function importCsv(page: Page, name: string, csv: string) {
  await page.getByLabel('Import data file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

// axe takes seconds per check, and a test visits several states.
test.describe.configure({ timeout: 180_000 });

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('the explorer on load, with graph statistics and a hover card', async ({ page }) => {
      await openApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectNoAxeViolations(page, `the explorer (${theme})`);
      const point = await page.evaluate(() => {
        const cy = window.cy!;
        const node = cy.getElementById('smt-ilogic');
        const box = cy.container()!.getBoundingClientRect();
        return { x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y };
      });
      await page.mouse.move(point.x, point.y);
      await expect(page.locator('.hover-card')).toBeVisible();
      await expectNoAxeViolations(page, `the explorer with a hover card (${theme})`);
    });

    test('an entity and a link selected, details open', async ({ page }) => {
      await openApp(page, '?entity=special-technology-center');
      await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Special Technology Center LLC');
      await expectNoAxeViolations(page, `an entity's details (${theme})`);
      await openApp(page, '?link=apl-smt');
      await expect(details(page)).toContainText('SMT-iLogic');
      await expectNoAxeViolations(page, `a link's details (${theme})`);
    });

    test('the table of entities and of links', async ({ page }) => {
      await openApp(page, '?tab=table');
      await expect(page.getByRole('table', { name: 'Entities' })).toBeVisible();
      await expectNoAxeViolations(page, `the entities table (${theme})`);
      await page.getByRole('radio', { name: 'Links' }).check();
      await expect(page.getByRole('table', { name: 'Links' })).toBeVisible();
      await expectNoAxeViolations(page, `the links table (${theme})`);
    });

    test('the Export menu and Saved views', async ({ page }) => {
      await openApp(page);
      await page.getByRole('button', { name: 'Export' }).click();
      await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
      await expectNoAxeViolations(page, `the Export menu (${theme})`);
      await page.keyboard.press('Escape');
      await page.getByText('Saved views', { exact: true }).click();
      await page.getByRole('textbox', { name: 'View name' }).fill('Opening view');
      await page.getByRole('button', { name: 'Save view' }).click();
      await expect(page.getByRole('list', { name: 'Saved views' })).toContainText('Opening view');
      await expectNoAxeViolations(page, `Saved views (${theme})`);
    });

    // One test per tool: each loads the app, and axe takes long on a loaded machine.
    const tools: Array<[string, string, (page: Page) => Promise<void>]> = [
      [
        'Find path',
        '?path=asia-pacific-links,gru',
        (page) => expect(page.getByRole('region', { name: 'Paths found' })).toContainText(/shortest path/i),
      ],
      [
        'Focus',
        '?entity=special-technology-center&focus=special-technology-center&hops=2&dir=both',
        (page) => expect(page.getByRole('button', { name: 'Show all' }).first()).toBeVisible(),
      ],
      [
        'Exposure',
        '?exposure=any',
        (page) =>
          expect(page.getByRole('list', { name: 'Exposed entities' }).getByRole('listitem').first()).toBeVisible(),
      ],
      [
        'Open channels',
        '?channels=any&channelson=day-before',
        async (page) => {
          await expect(page.getByRole('list', { name: 'Open channels' }).getByRole('listitem').first()).toBeVisible();
          await page.getByRole('list', { name: 'Open channels' }).getByRole('button').first().click();
        },
      ],
      [
        'Compare',
        '?compare=previous,current',
        (page) =>
          expect(page.getByRole('list', { name: 'Added listings' }).getByRole('listitem').first()).toBeVisible(),
      ],
    ];
    for (const [tool, query, ready] of tools) {
      test(`the ${tool} tool`, async ({ page }) => {
        await openApp(page, query);
        await ready(page);
        await expectNoAxeViolations(page, `${tool} (${theme})`);
      });
    }

    test('the import dialogs: Map columns, Import report', async ({ page }) => {
      await openApp(page);
      await importCsv(page, 'shipments.csv', 'Exporter,Importer,Goods\nAsia Pacific Links,SMT-iLogic,GNSS modules\n');
      const mapping = page.getByRole('dialog', { name: 'Map columns' });
      await expect(mapping.getByRole('table', { name: 'Preview of shipments.csv' })).toBeVisible();
      await expectNoAxeViolations(page, `Map columns (${theme})`);
      await mapping.getByRole('button', { name: 'Cancel' }).click();

      await importCsv(page, 'nodes.csv', 'Id,Label,Country,Role\nnk-apl,ASIA PACIFIC LINKS LIMITED,HK,supplier\n');
      const report = page.getByRole('dialog', { name: 'Import report' });
      // The import is read in a worker: slow on a loaded machine.
      await expect(report).toContainText('Will import 1 entities', { timeout: 20_000 });
      await expectNoAxeViolations(page, `Import report (${theme})`);
    });

    test('an imported dataset, and the Merge datasets dialog', async ({ page }) => {
      await openApp(page);
      await importCsv(page, 'nodes.csv', 'Id,Label,Country,Role\nnk-apl,ASIA PACIFIC LINKS LIMITED,HK,supplier\n');
      await page
        .getByRole('dialog', { name: 'Import report' })
        .getByRole('button', { name: 'Import', exact: true })
        .click();
      await expect(page.getByRole('status')).toContainText('1 of 1 entities');
      await expectNoAxeViolations(page, `an imported dataset (${theme})`);
      await page.getByRole('button', { name: 'Merge…' }).click();
      const merge = page.getByRole('dialog', { name: 'Merge datasets' });
      await merge.getByLabel('Dataset to merge in').selectOption({ label: `Built-in: ${builtin.title}` });
      await expect(merge.getByRole('table', { name: 'Matched entities' })).toBeVisible();
      await expectNoAxeViolations(page, `Merge datasets (${theme})`);
    });

    test('Present, still and playing the rounds', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await openApp(page, '?entity=gru');
      await page.getByRole('button', { name: 'Present' }).click();
      await expect(page.locator('.present-date')).toBeVisible();
      await expectNoAxeViolations(page, `Present (${theme})`);
      await page.keyboard.press('ArrowLeft');
      await page.getByRole('button', { name: 'Play rounds' }).click();
      await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
      await expectNoAxeViolations(page, `Present, playing (${theme})`);
      await page.getByRole('button', { name: 'Pause' }).click();
    });
  });
}
