import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';

// Usage: tsx scripts/screenshot.ts <url> <out.png> [width] [height]
const [url = 'http://localhost:4173/', out = 'screenshot.png', width = '1440', height = '900'] = process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (msg) => console.log(`[console.${msg.type()}] ${msg.text()}`));
page.on('pageerror', (err) => console.log(`[pageerror] ${err.message}`));
await page.goto(url);
await page.getByRole('status').waitFor({ timeout: 20000 });
await page.waitForTimeout(300);
console.log(await page.getByRole('status').textContent());
await page.screenshot({ path: out });
await browser.close();
