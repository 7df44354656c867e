// The exploring part of `npm run bench`: the generated 20,000-entity network opened by address, then
// what a researcher does with it (search, Focus, Show all, Find path, a country, Exposure, Open
// channels), each followed for EXPLORE_MS while the page's long tasks are recorded. Prints the
// longest task after each step (the scale issue wants none over 200 ms). BENCH_ONLY=explore runs it alone.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { generateNetwork } from '../src/bench/generateNetwork';
import type { Dataset } from '../src/model/types';

const COUNT = 20_000;
const FILE = `bench/generated-${COUNT}.json`;
/** How long each step is followed: clusters open a step a frame, so a tool's work spans a second or two. */
const EXPLORE_MS = 2500;
const LONG_TASKS = `window.longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });`;

export async function benchExplore(browser: Browser, origin: string, runs: number) {
  mkdirSync('dist/bench', { recursive: true });
  if (!existsSync(`dist/${FILE}`)) writeFileSync(`dist/${FILE}`, JSON.stringify(generateNetwork(COUNT)));
  const dataset = JSON.parse(readFileSync(`dist/${FILE}`, 'utf8')) as Dataset;
  const target = dataset.entities[Math.floor(COUNT * 0.6)]!;
  const end = dataset.entities.find((e) => e.id === customerChainEnd(dataset, target.id))!;

  const longest = new Map<string, number[]>();
  for (let run = 0; run < Math.min(runs, 2); run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript({ content: LONG_TASKS });
    await page.goto(`${origin}/?data=${FILE}`);
    await page.waitForFunction(() => performance.getEntriesByName('supply-lines:drawn').length > 0, null, {
      timeout: 600_000,
    });
    await page.waitForTimeout(EXPLORE_MS);
    const step = async (name: string, act: () => Promise<unknown>) => {
      const start = await page.evaluate(() => performance.now());
      await act();
      await page.waitForTimeout(EXPLORE_MS);
      const tasks = await page.evaluate(
        (from) => (window as unknown as { longTasks: number[][] }).longTasks.filter(([at]) => at! >= from),
        start,
      );
      longest.set(name, [...(longest.get(name) ?? []), Math.max(0, ...tasks.map(([, duration]) => duration!))]);
    };
    const countries = page.getByRole('group', { name: 'Countries' });
    await step('search', () => choose(page, 'Search entities', target.name));
    await step('Focus', () =>
      page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: 'Focus' }).click(),
    );
    await step('Show all', () => page.getByRole('button', { name: 'Show all' }).first().click());
    await step('Find path', async () => {
      await choose(page, 'From', target.name);
      await choose(page, 'To', end.name);
    });
    await step('Clear path', () => page.getByRole('button', { name: 'Clear path' }).click());
    await step('a country off', () => countries.getByRole('checkbox').first().uncheck());
    await step('a country on', () => countries.getByRole('checkbox').first().check());
    for (const tool of ['Exposure', 'Open channels']) {
      await step(`${tool} on`, () => page.getByRole('checkbox', { name: tool, exact: true }).check());
      await step(`${tool} off`, () => page.getByRole('checkbox', { name: tool, exact: true }).uncheck());
    }
    await context.close();
  }
  console.log(
    `generated ${COUNT.toLocaleString('en')}-entity network explored: longest main-thread task after each step`,
  );
  for (const [name, values] of longest)
    console.log(`  ${name.padEnd(20)} ${values.map((v) => `${Math.round(v)} ms`).join(', ')}`);
  const worst = Math.max(...[...longest.values()].flat());
  console.log(`  longest of all             ${Math.round(worst)} ms (goal: none over 200 ms)\n`);
}

/** Picks the first result for `name` in a search field (the path finder's fields open it first). */
async function choose(page: Page, field: string, name: string) {
  const input = page.getByRole('combobox', { name: field });
  if (!(await input.isVisible())) await page.getByText('Find path', { exact: true }).click();
  await input.fill(name);
  await page
    .getByRole('listbox', { name: `${field} results` })
    .getByRole('option')
    .first()
    .waitFor();
  await input.press('Enter');
}

/** Follows an entity's first customer down to an end-user: a supply path the app must find. */
function customerChainEnd(dataset: Dataset, id: string): string {
  let current = id;
  for (const seen = new Set<string>(); !seen.has(current);) {
    seen.add(current);
    const next = dataset.links.find((l) => l.source === current);
    if (!next) return current;
    current = next.target;
  }
  return current;
}
