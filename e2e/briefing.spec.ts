import { expect, test, type Page } from '@playwright/test';
import { builtin, openApp } from './app';

const dates = [...new Set(builtin.rounds.map((r) => r.date))].sort();
const listedOn = (date: string) =>
  new Set(builtin.listings.filter((l) => builtin.rounds.find((r) => r.id === l.round)!.date === date).map((l) => l.entity));
const positions = (page: Page) => page.evaluate(() => window.cy!.nodes().map((n) => [n.id(), n.position()]));

test('Present fills the screen, arrow keys step through rounds without moving nodes, Escape leaves', async ({ page }) => {
  await openApp(page);
  const before = await positions(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('combobox', { name: 'Search entities' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Countries' })).toBeHidden();
  await expect(page.getByRole('heading', { name: builtin.title })).toBeVisible();
  const opening = builtin.view!.asOf!;
  await expect(page.locator('.present-date')).toHaveText(`As of ${opening}`);

  const next = dates[dates.indexOf(opening) + 1]!;
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-date')).toHaveText(`As of ${next}`);
  await expect(page.locator('.round-caption')).toContainText(builtin.rounds.find((r) => r.date === next)!.authority);
  for (const id of listedOn(next)) expect(await page.evaluate((n) => window.cy!.getElementById(n).hasClass('newly-listed'), id)).toBe(true);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.present-date')).toHaveText(`As of ${dates[dates.indexOf(opening) - 1]}`);
  expect(await positions(page)).toEqual(before);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Countries' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'As of' })).toHaveAttribute('aria-valuetext', dates[dates.indexOf(opening) - 1]!);
});

test('Play rounds steps through the rounds in date order, highlighting what each lists, with positions fixed', async ({ page }) => {
  await openApp(page, '?asof=latest');
  const before = await positions(page);
  await page.getByRole('button', { name: 'Play rounds' }).click();
  const slider = page.getByRole('slider', { name: 'As of' });
  // From the last round, playback starts again at the first.
  await expect(slider).toHaveAttribute('aria-valuetext', dates[0]!);
  await expect(page.locator('.round-caption')).toContainText(`${dates[0]} `);
  await expect(slider).toHaveAttribute('aria-valuetext', dates[1]!, { timeout: 6000 });
  for (const id of listedOn(dates[1]!)) expect(await page.evaluate((n) => window.cy!.getElementById(n).hasClass('newly-listed'), id)).toBe(true);
  await expect(slider).toHaveAttribute('aria-valuetext', dates[2]!, { timeout: 6000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.waitForTimeout(3000);
  await expect(slider).toHaveAttribute('aria-valuetext', dates[2]!);
  expect(await positions(page)).toEqual(before);
});
