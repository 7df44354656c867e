import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { builtin, clickNode, openApp, statusText } from './app';

/**
 * Collects what breaks the page's Content-Security-Policy: the browser's console errors, and the
 * violation events, which alone tell of a blocked eval whose error the code caught.
 */
async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy'))
      violations.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    ),
  );
  return violations;
}

async function exportItem(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  return downloading;
}

test('the built app runs under its strict Content-Security-Policy without breaking it', async ({ page }) => {
  // Three exports, Present, printing and an import in one test: ~9 s alone, over 30 s on a busy machine.
  test.setTimeout(90_000);
  const violations = await watchPolicy(page);
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self';");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe');

  await clickNode(page, 'smt-ilogic');
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    'SMT-iLogic',
  );
  for (const item of ['PNG image (2x)', 'SVG image', 'CSV']) await exportItem(page, item);
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.getByRole('tab', { name: 'Graph' }).click();
  await page.getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.getByLabel('Import data file').setInputFiles({
    name: 'network.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(builtin)),
  });
  await page
    .getByRole('dialog', { name: 'Import report' })
    .getByRole('button', { name: 'Import', exact: true })
    .click();
  await expect(statusText(page)).toContainText(`${builtin.entities.length} of ${builtin.entities.length} entities`);
  expect(violations).toEqual([]);
});

test('a briefing opened from disk runs under its own policy, which allows only its inline scripts', async ({
  page,
  browser,
}) => {
  await openApp(page);
  const file = test.info().outputPath('briefing.html');
  await (await exportItem(page, 'Briefing (HTML)')).saveAs(file);
  const html = await readFile(file, 'utf8');
  expect(html).toMatch(
    /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+' 'sha256-[^']+';/,
  );
  expect(html).toContain("connect-src 'none'");

  const context = await browser.newContext();
  const briefing = await context.newPage();
  const violations = await watchPolicy(briefing);
  await briefing.goto(`file://${file}`);
  await expect(briefing.locator('.present-date')).toHaveText(`As of ${builtin.view!.asOf}`, { timeout: 20_000 });
  await briefing.keyboard.press('Escape');
  await clickNode(briefing, 'smt-ilogic');
  await expect(briefing.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    'SMT-iLogic',
  );
  expect(violations).toEqual([]);
  await context.close();
});
