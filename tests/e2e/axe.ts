import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.2 A and AA rules (axe tags each rule with the level and the version that added it). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Waits for the page's finite animations to end. A scan in the middle of a fade-in reads text colours
 * blended with the background, so on a slow machine a caption still entering failed contrast.
 */
const animationsEnded = (page: Page) =>
  page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ).then(() => undefined),
  );

/** Every violation of any impact, one line per rule with the elements it names, so a failure reads as a list. */
export const axeViolations = async (page: Page): Promise<string[]> => {
  await animationsEnded(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'no impact'}) ×${violation.nodes.length}: ` +
      violation.nodes.map((node) => node.target.join(' ')).join(', '),
  );
};
