// npm run bench: load and filter timings in headless Chromium, for the built-in data and a generated
// 2,000-entity network, then Open channels on 20,000 entities (benchChannels.ts), the longest tasks while
// exploring 20,000 entities (benchExplore.ts), then import timings (benchImport.ts). Prints the median
// of several runs. Expects a fresh `dist/` (npm run build).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Locator } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { generateNetwork } from '../src/bench/generateNetwork';
import { benchChannels } from './benchChannels';
import { benchExplore } from './benchExplore';
import { benchImports } from './benchImport';
import { benchScale, scaleCases } from './benchScale';
import type { Dataset } from '../src/model/types';
import builtinData from '../data/drone-rounds-2023.json';

// Written as source text: tsx would otherwise wrap named functions in a helper the page does not have.
// timeAction: does something to an element (a click, or typing `text` into it), then waits until the
// text of `watch` changes and two frames are painted, and returns the milliseconds that took.
const MEASURE = `window.timeAction = async (element, watch, text) => {
  const read = () => document.querySelector(watch)?.textContent ?? '';
  const before = read();
  const start = performance.now();
  if (text === undefined) element.click();
  else {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }
  while (read() === before) {
    if (performance.now() - start > 30000) throw new Error('timeAction: nothing changed in ' + watch + ' within 30 s');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return performance.now() - start;
};`;

// BENCH_PORT (else PW_PORT) lets two checkouts bench at once.
const PORT = Number(process.env.BENCH_PORT ?? process.env.PW_PORT ?? 4174);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GENERATED = 2000;

mkdirSync('dist/bench', { recursive: true });
writeFileSync(`dist/bench/generated-${GENERATED}.json`, JSON.stringify(generateNetwork(GENERATED)));

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => process.kill(-server.pid!, 'SIGTERM');
await waitForServer(`http://localhost:${PORT}/`);

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const scenarios = [
    {
      name: 'built-in dataset',
      query: '',
      queries: ['smt ilogic', 'shahin', 'asia pacfic'],
      focus: 'special-technology-center',
      path: ['asia-pacific-links', 'GRU'],
    },
    {
      name: `generated ${GENERATED.toLocaleString('en')}-entity network`,
      query: `?data=bench/generated-${GENERATED}.json`,
      queries: ['alpha nova', 'orion', 'vectr'],
      focus: 'e5',
      path: ['e1999', 'Works 0'],
    },
  ];
  console.log(`Supply Lines benchmark: headless Chromium, median of ${RUNS} runs (min–max)\n`);
  // BENCH_ONLY=import skips the viewing scenarios, BENCH_ONLY=view the imports.
  // BENCH_ONLY=scale runs only the side-by-side comparison with a bare Cytoscape page, BENCH_ONLY=channels only
  // Open channels, BENCH_ONLY=explore only the longest tasks while exploring 20,000 entities.
  if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === 'scale') {
    await benchScale(browser, `http://localhost:${PORT}`, scaleCases(builtinData as unknown as Dataset, RUNS), summary);
  }
  for (const scenario of process.env.BENCH_ONLY && process.env.BENCH_ONLY !== 'view' ? [] : scenarios) {
    const timings: Record<string, number[]> = { drawn: [], country: [], asOf: [], search: [], focus: [], path: [] };
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript({ content: MEASURE });
      await page.goto(`http://localhost:${PORT}/${scenario.query}`);
      await page.getByRole('status').waitFor({ timeout: 120_000 });
      timings.drawn!.push(await page.evaluate(() => performance.getEntriesByName('supply-lines:drawn')[0]!.startTime));
      const status = '[role="status"]';
      const firstCountry = page.getByRole('group', { name: 'Countries' }).getByRole('checkbox').first();
      for (let i = 0; i < 2; i++) timings.country!.push(await timeAction(firstCountry, status));
      const previousRound = page.getByRole('button', { name: 'Previous round' });
      for (let i = 0; i < 2; i++) timings.asOf!.push(await timeAction(previousRound, status));
      const search = page.getByRole('combobox', { name: 'Search entities' });
      for (const query of scenario.queries)
        timings.search!.push(await timeAction(search, '.app-header .picker-results', query));
      await page.goto(
        `http://localhost:${PORT}/${scenario.query}${scenario.query ? '&' : '?'}entity=${scenario.focus}`,
      );
      await page.getByRole('status').waitFor({ timeout: 120_000 });
      timings.focus!.push(await timeAction(page.getByRole('button', { name: 'Focus' }), status));
      await page.getByRole('combobox', { name: 'Hops' }).selectOption('3');
      await page.getByRole('button', { name: 'Show all' }).first().click();
      await page.goto(
        `http://localhost:${PORT}/${scenario.query}${scenario.query ? '&' : '?'}path=${scenario.path[0]},`,
      );
      await page.getByRole('status').waitFor({ timeout: 120_000 });
      const to = page.getByRole('combobox', { name: 'To' });
      await to.fill(scenario.path[1]);
      const option = page.getByRole('listbox', { name: 'To results' }).getByRole('option').first();
      timings.path!.push(await timeAction(option, '.path-finder'));
      await context.close();
    }
    console.log(scenario.name);
    console.log(`  navigation → graph drawn   ${summary(timings.drawn!)}`);
    console.log(`  country filter change      ${summary(timings.country!)}`);
    console.log(`  As of step                 ${summary(timings.asOf!)}`);
    console.log(`  search (type → results)    ${summary(timings.search!)}`);
    console.log(`  focus (click → redrawn)    ${summary(timings.focus!)}`);
    console.log(`  path (choose To → listed)  ${summary(timings.path!)}\n`);
  }
  if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === 'view' || process.env.BENCH_ONLY === 'channels') {
    await benchChannels(browser, `http://localhost:${PORT}`, RUNS, summary, { measure: MEASURE, timeAction });
  }
  if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === 'explore')
    await benchExplore(browser, `http://localhost:${PORT}`, RUNS);
  if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === 'import')
    await benchImports(browser, `http://localhost:${PORT}`, RUNS, summary);
} finally {
  await browser.close();
  stopServer();
}

/** Runs `timeAction` in the page on a control (see MEASURE). */
async function timeAction(control: Locator, watch: string, text?: string): Promise<number> {
  return control.evaluate(
    (element, [watchSelector, typed]) =>
      (window as unknown as { timeAction: (e: Element, w: string, t?: string) => Promise<number> }).timeAction(
        element,
        watchSelector!,
        typed,
      ),
    [watch, text] as const,
  );
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
