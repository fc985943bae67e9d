import type { CoverageCell, CoverageTarget } from '@ambassador/shared';
import { useI18n } from 'vue-i18n';
import { targetRule } from '../lib/coverageTarget.ts';

/** The sentence that says which rule set a cell's target (the ratio or the minimum per cell), with its figures. */
export function useTargetRuleText() {
  const { t } = useI18n();
  return (cell: Pick<CoverageCell, 'employees' | 'target'>, target: CoverageTarget | undefined): string | undefined => {
    if (!target) return undefined;
    const { rule, byRatio } = targetRule(cell.employees, target);
    return t(
      `coverage.rule.${rule}`,
      {
        employees: cell.employees,
        perEmployees: target.perEmployees,
        byRatio,
        minPerCell: target.minPerCell,
        target: cell.target,
      },
      cell.employees,
    );
  };
}
