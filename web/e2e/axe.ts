import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA rule set (and the 2.0/2.1 rules it builds on). */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The serious and critical axe-core findings on the page as it is now, one line each (rule, impact, first
 * element, why): an empty list is a pass.
 */
export async function seriousAxeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const node = violation.nodes[0];
      const why = node?.any[0]?.message ?? node?.failureSummary ?? '';
      return `${violation.id} (${violation.impact}): ${node?.target.join(' ') ?? ''} ${why}`.trim();
    });
}
