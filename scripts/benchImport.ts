// The import part of `npm run bench`: a generated 20,000-entity FollowTheMoney file and a 10,000-row
// Consolidated Screening List CSV, dropped on the page. Times drop → report (read and parsed in the
// worker), Import → network drawn, and the longest the page's main thread was blocked while parsing.
import { writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { generateCslCsv, generateFtmLines } from '../src/bench/generateImportFiles';

// Source text for the page (see MEASURE in bench.ts). A setTimeout loop records the main thread's
// longest stall; requestAnimationFrame polling finds when the report opens and when the graph shows.
const TIME_IMPORT = `window.timeImport = async (url, name, entities) => {
  const file = new File([await (await fetch(url)).blob()], name);
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let longest = 0, last = performance.now(), ticking = true;
  const tick = () => { const now = performance.now(); longest = Math.max(longest, now - last); last = now; if (ticking) setTimeout(tick, 0); };
  const start = performance.now();
  tick();
  const transfer = new DataTransfer();
  transfer.items.add(file);
  document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  const report = () => document.querySelector('[role="dialog"][aria-label="Import report"]');
  while (!report()) await frame();
  const parsed = performance.now() - start;
  // Read now: the tick still pending would otherwise record the Import's own work after the report.
  const longestStall = longest;
  ticking = false;
  const opened = performance.now();
  [...report().querySelectorAll('button')].find((b) => b.textContent.startsWith('Import')).click();
  const wanted = ' of ' + entities.toLocaleString('en') + ' entities';
  const drawn = () => (document.querySelector('[role="status"]')?.textContent ?? '').includes(wanted) || (document.querySelector('[role="status"]')?.textContent ?? '').includes(' of ' + entities + ' entities');
  while (!drawn()) { if (performance.now() - opened > 600000) throw new Error('timeImport: not drawn in 10 min'); await frame(); }
  await frame(); await frame();
  return { parsed, drawn: performance.now() - opened, longestStall, size: file.size };
};`;

interface ImportTiming {
  parsed: number;
  drawn: number;
  longestStall: number;
  size: number;
}

export async function benchImports(
  browser: Browser,
  origin: string,
  runs: number,
  summary: (values: number[]) => string,
): Promise<void> {
  const files = [
    {
      label: 'FollowTheMoney, 20,000 entities',
      name: 'entities.ftm.json',
      entities: 20000,
      text: generateFtmLines(20000),
    },
    {
      label: 'Screening List CSV, 10,000 rows',
      name: 'consolidated.csv',
      entities: 10000,
      text: generateCslCsv(10000),
    },
  ];
  for (const file of files) {
    writeFileSync(`dist/bench/${file.name}`, file.text);
    const timings: ImportTiming[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript({ content: TIME_IMPORT });
      await page.goto(`${origin}/`);
      await page.getByRole('status').waitFor({ timeout: 120_000 });
      timings.push(
        await page.evaluate(
          ([url, name, entities]) =>
            (
              window as unknown as { timeImport: (u: string, n: string, e: number) => Promise<ImportTiming> }
            ).timeImport(url, name, entities),
          [`${origin}/bench/${file.name}`, file.name, file.entities] as const,
        ),
      );
      await context.close();
    }
    console.log(`import: ${file.label} (${(timings[0]!.size / 1048576).toFixed(1)} MB)`);
    console.log(`  drop → report (worker)     ${summary(timings.map((t) => t.parsed))}`);
    console.log(`  longest main-thread stall  ${summary(timings.map((t) => t.longestStall))}`);
    console.log(`  Import → graph drawn       ${summary(timings.map((t) => t.drawn))}\n`);
  }
}
