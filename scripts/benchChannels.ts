// The Open channels part of `npm run bench`: on the generated 20,000-entity network, the search alone in
// Node (the pure function), then in headless Chromium the click on `Open channels` until the routes are
// listed and highlighted (search, list and the graph's classes together), beside the same click on
// `Exposure`, whose highlight dims the graph the same way. BENCH_ONLY=channels runs it alone.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Locator } from '@playwright/test';
import { openChannels } from '../src/analysis/openChannels';
import { generateNetwork } from '../src/bench/generateNetwork';
import { indexDataset } from '../src/model/datasetIndex';
import type { Dataset } from '../src/model/types';

const COUNT = 20_000;
const FILE = `bench/generated-${COUNT}.json`;

interface Timing {
  /** Source text that defines `window.timeAction` in the page (bench.ts's MEASURE). */
  measure: string;
  /** Clicks a control and returns the milliseconds until `watch`'s text changes and two frames are painted. */
  timeAction: (control: Locator, watch: string) => Promise<number>;
}

export async function benchChannels(
  browser: Browser,
  origin: string,
  runs: number,
  summary: (values: number[]) => string,
  timing: Timing,
) {
  mkdirSync('dist/bench', { recursive: true });
  if (!existsSync(`dist/${FILE}`)) writeFileSync(`dist/${FILE}`, JSON.stringify(generateNetwork(COUNT)));
  const dataset = JSON.parse(readFileSync(`dist/${FILE}`, 'utf8')) as Dataset;
  const index = indexDataset(dataset);
  const asOf = index.timelineDates.at(-1) ?? null;

  const search: number[] = [];
  let found = '';
  for (let run = 0; run < Math.max(runs, 5); run++) {
    const start = performance.now();
    const result = openChannels(index, asOf, null);
    search.push(performance.now() - start);
    found = `${result.channels.length} routes${result.cutRoutes ? ', cut at the limit' : ''}${result.cutDepth ? ', depth cut' : ''}`;
  }

  const toggle: number[] = [];
  const exposure: number[] = [];
  // Loading and laying out 20,000 entities takes a while, so fewer page loads, two toggles each.
  for (let run = 0; run < Math.min(runs, 2); run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript({ content: timing.measure });
    await page.goto(`${origin}/?data=${FILE}`);
    await page.getByRole('status').waitFor({ timeout: 600_000 });
    const checkbox = page.getByRole('checkbox', { name: 'Open channels' });
    const exposureBox = page.getByRole('checkbox', { name: 'Exposure' });
    for (let i = 0; i < 2; i++) {
      toggle.push(await timing.timeAction(checkbox, '.open-channels'));
      await timing.timeAction(checkbox, '.open-channels');
      exposure.push(await timing.timeAction(exposureBox, '.exposure'));
      await timing.timeAction(exposureBox, '.exposure');
    }
    await context.close();
  }
  console.log(
    `generated ${COUNT.toLocaleString('en')}-entity network: Open channels as of ${asOf ?? 'today'} (${found})`,
  );
  console.log(`  search alone (Node)        ${summary(search)}`);
  console.log(`  toggle → routes listed     ${summary(toggle)}`);
  console.log(`  Exposure toggle, alike     ${summary(exposure)}\n`);
}
