// The scale part of `npm run bench`: the app beside a bare Cytoscape page given the same nodes and
// edges (grid positions, default canvas renderer, bezier edges with arrows, a label on every node), in
// one run, so the ratios hold however busy the machine is. Absolute times on shared machines vary.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { generateNetwork } from '../src/bench/generateNetwork';
import { firstScriptFiles } from './firstScript';
import { copyLook, LOOK_PAGE, lookDrawn } from './benchLook';
import type { Dataset } from '../src/model/types';

// Source text for both pages: a PerformanceObserver keeps the longest main-thread task, and
// `stepTimes` times pan and zoom steps, each until two frames are painted.
const OBSERVE = `window.longestTask = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longestTask = Math.max(window.longestTask, e.duration); })
  .observe({ type: 'longtask', buffered: true });
window.stepTimes = async (kind, count) => {
  const cy = window.cy;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    if (kind === 'pan') cy.panBy({ x: i % 2 ? -80 : 80, y: 40 });
    else cy.zoom({ level: cy.zoom() * (i % 2 ? 1 / 1.25 : 1.25), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    await frame(); await frame();
    times.push(performance.now() - start);
  }
  return times;
};
window.clickUntilStatusChanges = async (element) => {
  const read = () => document.querySelector('[role="status"]')?.textContent ?? '';
  const before = read();
  const start = performance.now();
  element.click();
  while (read() === before) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return performance.now() - start;
};`;

const BARE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>bare cytoscape</title>
<style>html,body,#cy{margin:0;width:100%;height:100%}</style><script src="cytoscape.min.js"></script></head>
<body><div id="cy"></div><script>
fetch(new URLSearchParams(location.search).get('data')).then((r) => r.json()).then((elements) => {
  const cy = window.cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    layout: { name: 'preset' },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 13 } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' } },
    ],
  });
  cy.one('render', () => requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('bare:drawn'))));
});
</script></body></html>`;

export interface ScaleCase {
  name: string;
  dataset: Dataset;
  /** The app's address for it, relative to the preview server. */
  query: string;
  runs: number;
  /**
   * False where a bare page would take many minutes to draw the whole network (100,000 entities):
   * only the app is measured, opening on its overview. Where a bare page runs, it always gets every
   * element: the app drawing less is what the comparison shows.
   */
  bare?: boolean;
  /** Also times a bare page given the app's own elements, stylesheet and view (see benchLook.ts). */
  look?: boolean;
}

interface Figures {
  drawn: number;
  pan: number;
  zoom: number;
  longestTask: number;
  filter?: number;
}

/** The side-by-side comparison for each case, printed as a table with ratios; then the first script's size. */
export async function benchScale(
  browser: Browser,
  origin: string,
  cases: ScaleCase[],
  summary: (values: number[]) => string,
) {
  mkdirSync('dist/bench', { recursive: true });
  copyFileSync('node_modules/cytoscape/dist/cytoscape.min.js', 'dist/bench/cytoscape.min.js');
  writeFileSync('dist/bench/bare.html', BARE_PAGE);
  writeFileSync('dist/bench/look.html', LOOK_PAGE);
  console.log('Scale: the app beside a bare Cytoscape page on the same elements (median of runs; ratio = app / bare)');
  for (const scale of cases) {
    const file = `bench/bare-${scale.name.replace(/\W+/g, '-')}.json`;
    if (scale.bare !== false) writeFileSync(`dist/${file}`, JSON.stringify(bareElements(scale.dataset)));
    const lookFile = `bench/look-${scale.name.replace(/\W+/g, '-')}.json`;
    const app: Figures[] = [];
    const bare: Figures[] = [];
    const look: number[] = [];
    if (scale.look) await copyLook(browser, `${origin}/${scale.query}`, lookFile);
    for (let run = 0; run < scale.runs; run++) {
      if (scale.bare !== false)
        bare.push(await measure(browser, `${origin}/bench/bare.html?data=../${file}`, 'bare:drawn', false));
      app.push(await measure(browser, `${origin}/${scale.query}`, 'supply-lines:drawn', true));
      if (scale.look) look.push(await lookDrawn(browser, `${origin}/bench/look.html?data=../${lookFile}`));
    }
    const row = (label: string, pick: (f: Figures) => number | undefined) => {
      const a = app.map(pick).filter((v): v is number => v !== undefined);
      const b = bare.map(pick).filter((v): v is number => v !== undefined);
      const ratio = b.length > 0 ? `${(median(a) / median(b)).toFixed(2)}×` : '';
      console.log(
        `  ${label.padEnd(26)} ${summary(a).padEnd(28)} ${b.length > 0 ? summary(b).padEnd(28) : ''.padEnd(28)} ${ratio}`,
      );
    };
    console.log(
      `\n${scale.name} (${scale.dataset.entities.length.toLocaleString('en')} entities, ${scale.dataset.links.length.toLocaleString('en')} links)`,
    );
    console.log(`  ${''.padEnd(26)} ${'app'.padEnd(28)} ${'bare Cytoscape'.padEnd(28)} ratio`);
    row('navigation → drawn', (f) => f.drawn);
    if (look.length > 0) {
      const ratio = `${(median(look) / median(bare.map((f) => f.drawn))).toFixed(2)}×`;
      console.log(`  ${"  the app's look alone".padEnd(26)} ${summary(look).padEnd(28)} ${''.padEnd(28)} ${ratio}`);
    }
    row('pan step', (f) => f.pan);
    row('zoom step', (f) => f.zoom);
    row('longest main-thread task', (f) => f.longestTask);
    row('country filter step', (f) => f.filter);
  }
  const files = firstScriptFiles(readFileSync('dist/index.html', 'utf8'));
  const codes = files.map((file) => readFileSync(`dist/${file}`));
  const raw = codes.reduce((sum, code) => sum + code.length, 0);
  const gzip = codes.reduce((sum, code) => sum + gzipSync(code).length, 0);
  console.log(
    `\nfirst script: ${files[0]} and the ${files.length - 1} chunks it imports, ${kb(raw)} (${kb(gzip)} gzip, each file gzipped)\n`,
  );
}

async function measure(browser: Browser, url: string, mark: string, isApp: boolean): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: OBSERVE });
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: 600_000,
    polling: 200,
  });
  const drawn = await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
  const pan = median(await steps(page, 'pan'));
  const zoom = median(await steps(page, 'zoom'));
  const longestTask = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
  const filter = isApp ? await filterStep(page) : undefined;
  await context.close();
  return { drawn, pan, zoom, longestTask, filter };
}

async function steps(page: Page, kind: 'pan' | 'zoom'): Promise<number[]> {
  return page.evaluate(
    ([k, n]) => (window as unknown as { stepTimes: (k: string, n: number) => Promise<number[]> }).stepTimes(k, n),
    [kind, 6] as const,
  );
}

/** Unticks the first country and waits for the status line to change, then two frames. */
async function filterStep(page: Page): Promise<number> {
  const checkbox = page.getByRole('group', { name: 'Countries' }).getByRole('checkbox').first();
  return checkbox.evaluate((element) =>
    (window as unknown as { clickUntilStatusChanges: (e: Element) => Promise<number> }).clickUntilStatusChanges(
      element,
    ),
  );
}

/** The dataset as plain Cytoscape elements on a square grid, as a page without the app would draw it. */
function bareElements(dataset: Dataset) {
  const columns = Math.ceil(Math.sqrt(dataset.entities.length));
  return [
    ...dataset.entities.map((e, i) => ({
      data: { id: e.id, label: e.name },
      position: { x: (i % columns) * 120, y: Math.floor(i / columns) * 80 },
    })),
    ...dataset.links.map((l) => ({ data: { id: l.id, source: l.source, target: l.target } })),
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** A generated network, written where the app can open it with `?data=`. */
function generated(count: number): Dataset {
  const dataset = generateNetwork(count);
  writeFileSync(`dist/bench/generated-${count}.json`, JSON.stringify(dataset));
  return dataset;
}

/**
 * The cases `npm run bench` compares: the built-in data, then generated networks of 2,000 and 20,000
 * entities, then 100,000 (the app alone: time to its overview's first frame and its longest task).
 */
export function scaleCases(builtin: Dataset, runs: number): ScaleCase[] {
  // BENCH_SCALE=builtin compares only the built-in data (the generated networks take minutes).
  const builtinCase = { name: 'built-in dataset', dataset: builtin, query: '', runs, look: true };
  if (process.env.BENCH_SCALE === 'builtin') return [builtinCase];
  return [
    builtinCase,
    { name: 'generated 2,000', dataset: generated(2000), query: '?data=bench/generated-2000.json', runs },
    {
      name: 'generated 20,000',
      dataset: generated(20000),
      query: '?data=bench/generated-20000.json',
      runs: Math.min(runs, 2),
    },
    {
      name: 'generated 100,000',
      dataset: generated(100000),
      query: '?data=bench/generated-100000.json',
      runs: 1,
      bare: false,
    },
  ];
}
