import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0 and 2.1, levels A and AA, and axe's best practices (landmarks, headings, region). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe on the page as it stands and fails with every violation listed, rule by rule with the
 * elements it found, so a failure says what to fix. `where` names the state in the message.
 */
export async function expectNoAxeViolations(page: Page, where: string) {
  // Transitions and the fade of a just-opened panel would be measured mid-way.
  await page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()));
  // Legacy mode runs axe in the page itself instead of finishing in a new blank page: the app has no
  // frames for the newer mode to combine, and a check then takes half the time.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .slice(0, 8)
        .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ')}`)
        .join('\n'),
  );
  // Soft, so one run lists the violations of every state a test visits.
  expect.soft(found, `axe violations in ${where}`).toEqual([]);
}
