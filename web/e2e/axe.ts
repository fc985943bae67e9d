import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA rule set (and the 2.0/2.1 rules it builds on). */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The serious and critical axe-core violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<Result[]> {
  // Only violations are reported: listing every passing node too makes axe several times slower on big tables.
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_AA)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** A violation on one line: rule, impact, and every element it was found on with why (the first message). */
export function describeViolation(violation: Result): string {
  const nodes = violation.nodes.map((node) => {
    const why = node.any[0]?.message ?? node.all[0]?.message ?? node.none[0]?.message ?? '';
    return `${node.target.join(' ')}${why ? ` — ${why}` : ''}`;
  });
  return `${violation.id} (${violation.impact}) on ${nodes.length} node(s):\n    ${nodes.join('\n    ')}`;
}

/**
 * The serious and critical axe-core findings on the page as it is now, one line each (rule, impact, first
 * element, why): an empty list is a pass.
 */
export async function seriousAxeFindings(page: Page): Promise<string[]> {
  return (await axeViolations(page)).map((violation) => {
    const node = violation.nodes[0];
    const why = node?.any[0]?.message ?? node?.failureSummary ?? '';
    return `${violation.id} (${violation.impact}): ${node?.target.join(' ') ?? ''} ${why}`.trim();
  });
}
