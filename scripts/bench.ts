// npm run bench: load and filter timings in headless Chromium, for the built-in data and a generated
// 2,000-entity network. Prints the median of several runs. Expects a fresh `dist/` (npm run build).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Locator } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { generateNetwork } from '../src/bench/generateNetwork';

// Written as source text: tsx would otherwise wrap named functions in a helper the page does not have.
const MEASURE_CLICK = `window.timeClick = async (element) => {
  const status = document.querySelector('[role="status"]');
  const before = status.textContent;
  const start = performance.now();
  element.click();
  while (status.textContent === before) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return performance.now() - start;
};`;

const PORT = 4174;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GENERATED = 2000;

mkdirSync('dist/bench', { recursive: true });
writeFileSync(`dist/bench/generated-${GENERATED}.json`, JSON.stringify(generateNetwork(GENERATED)));

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const stopServer = () => process.kill(-server.pid!, 'SIGTERM');
await waitForServer(`http://localhost:${PORT}/`);

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const scenarios = [
    { name: 'built-in dataset', query: '' },
    { name: `generated ${GENERATED.toLocaleString('en')}-entity network`, query: `?data=bench/generated-${GENERATED}.json` },
  ];
  console.log(`Supply Lines benchmark: headless Chromium, median of ${RUNS} runs (min–max)\n`);
  for (const scenario of scenarios) {
    const drawn: number[] = [];
    const country: number[] = [];
    const asOf: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript({ content: MEASURE_CLICK });
      await page.goto(`http://localhost:${PORT}/${scenario.query}`);
      await page.getByRole('status').waitFor({ timeout: 120_000 });
      drawn.push(await page.evaluate(() => performance.getEntriesByName('supply-lines:drawn')[0]!.startTime));
      const firstCountry = page.getByRole('group', { name: 'Countries' }).getByRole('checkbox').first();
      country.push(await timeUntilRedrawn(firstCountry));
      country.push(await timeUntilRedrawn(firstCountry));
      const previousRound = page.getByRole('button', { name: 'Previous round' });
      asOf.push(await timeUntilRedrawn(previousRound));
      asOf.push(await timeUntilRedrawn(previousRound));
      await context.close();
    }
    console.log(scenario.name);
    console.log(`  navigation → graph drawn   ${summary(drawn)}`);
    console.log(`  country filter change      ${summary(country)}`);
    console.log(`  As of step                 ${summary(asOf)}\n`);
  }
} finally {
  await browser.close();
  stopServer();
}

/** Clicks a control and measures, in the page, until the status line changed and two frames were painted. */
async function timeUntilRedrawn(control: Locator): Promise<number> {
  return control.evaluate((element) => (window as unknown as { timeClick: (e: Element) => Promise<number> }).timeClick(element));
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `${format(median)}  (${format(sorted[0]!)}–${format(sorted.at(-1)!)})`;
}

function format(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`bench: the preview server did not start at ${url}`);
}
