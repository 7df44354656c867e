import { expect, test } from '@playwright/test';
import { builtin, clickNode, openApp, statusText, visibleNodeIds } from './app';

// The seed article's story (Ukrainska Pravda, 25 Sept 2023), told as a user would explore it.
const stcScheme = builtin.listings
  .filter((l) => l.round === 'bis-2023-09-25' && l.reason?.includes('Special Technology Center'))
  .map((l) => l.entity);

test('the built-in data holds the nine companies of the STC scheme', () => {
  expect(stcScheme).toHaveLength(9);
});

test('a user follows Asia Pacific Links → SMT-iLogic → Special Technology Center → GRU', async ({ page }) => {
  await openApp(page);
  const details = page.getByRole('complementary', { name: 'Details' });
  const heading = details.getByRole('heading', { level: 2 });
  await clickNode(page, 'asia-pacific-links');
  await expect(heading).toHaveText('Asia Pacific Links Ltd.');
  for (const next of [
    'SMT-iLogic',
    'Special Technology Center LLC',
    'GRU (Main Intelligence Directorate of the General Staff)',
  ]) {
    await details
      .getByRole('list')
      .filter({ has: page.getByRole('button', { name: next }) })
      .first()
      .getByRole('button', { name: next })
      .first()
      .click();
    await expect(heading).toHaveText(next);
  }
  await expect(details).toContainText('produces for');
});

test('selecting Finland shows the three Finnish firms', async ({ page }) => {
  await openApp(page);
  const countries = page.getByRole('group', { name: 'Countries' });
  await countries.getByRole('button', { name: 'None' }).click();
  await countries.getByRole('checkbox', { name: 'Finland', exact: true }).check();
  await expect(statusText(page)).toContainText(`3 of ${builtin.entities.length} entities`);
  const labels = await page.evaluate(() =>
    window
      .cy!.nodes(':visible')
      .map((n) => n.data('label') as string)
      .sort(),
  );
  expect(labels).toEqual(['Evolog Oy', 'Luminor Oy', 'Siberica Oy']);
  await expect.poll(() => visibleNodeIds(page)).toEqual(['evolog-oy', 'luminor-oy', 'siberica-oy']);
});

test('stepping As of past 25 Sept 2023 turns the STC-scheme companies from not listed to listed by the US BIS', async ({
  page,
}) => {
  await openApp(page, '?asof=2023-09-19');
  const details = page.getByRole('complementary', { name: 'Details' });
  const bisListing = details
    .getByRole('list', { name: 'Listings' })
    .locator(':scope > li')
    .filter({ has: page.locator('.listing-head', { hasText: /^US BIS Entity List · 2023-09-25/ }) });
  for (const id of stcScheme) {
    await clickNode(page, id);
    await expect(bisListing).toContainText('not yet as of 2023-09-19');
  }
  await page.getByRole('button', { name: 'Next round' }).click();
  await expect(page.getByRole('slider', { name: 'As of' })).toHaveAttribute('aria-valuetext', '2023-09-25');
  for (const id of stcScheme) {
    await clickNode(page, id);
    await expect(details).toContainText('Sanctioned as of 2023-09-25');
    await expect(bisListing).not.toContainText('not yet');
  }
});
