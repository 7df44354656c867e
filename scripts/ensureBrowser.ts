// Makes sure the end-to-end tests have a Chromium to drive: the system's (CHROMIUM_PATH, or Debian's
// `chromium` package), else Playwright's own, downloaded once if it is missing. Fails with the fix.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';

const system = chromiumLaunchOptions().executablePath;
if (system) {
  console.log(`e2e browser: ${system}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`e2e browser: Playwright's Chromium at ${chromium.executablePath()}`);
} else {
  try {
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  } catch {
    console.error(
      'No Chromium for the end-to-end tests. Install one: `apt-get install chromium` (Debian/Ubuntu), or\n' +
        '`npx playwright install chromium`, or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
}
