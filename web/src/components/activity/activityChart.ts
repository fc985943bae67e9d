import type { ActivityKind, ActivitySummary } from '@ambassador/shared';
import { ActivityKinds } from '@ambassador/shared/constants';

/** The figures of a bar chart: one label per bar, one series per stacked part (as ChartFigure's ChartData). */
export interface ActivityChartData {
  labels: string[];
  series: { kind: ActivityKind; label: string; data: number[] }[];
}

/** Every month from the first to the last one given (`YYYY-MM`), gaps included, in order. */
export function monthRange(months: readonly string[]): string[] {
  const valid = months.filter((month) => /^\d{4}-\d{2}$/.test(month)).sort();
  const first = valid[0];
  const last = valid[valid.length - 1];
  if (!first || !last) return [];
  const range: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  // 120 months at most: a bad answer cannot make the loop run away.
  for (let guard = 0; guard < 120; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    range.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return range;
}

/**
 * The summary as a stacked bar chart: a bar per month (empty months too), a part per kind that occurs, its height
 * the number of activities logged.
 */
export function monthlyChart(
  summary: ActivitySummary,
  kindLabel: (kind: ActivityKind) => string,
  monthLabel: (month: string) => string,
): ActivityChartData {
  const months = monthRange(summary.months.map((row) => row.month));
  const index = new Map(months.map((month, position) => [month, position]));
  const kinds = ActivityKinds.filter((kind) => summary.months.some((row) => row.kind === kind && row.entries > 0));
  const series = kinds.map((kind) => ({ kind, label: kindLabel(kind), data: months.map(() => 0) }));
  for (const row of summary.months) {
    const position = index.get(row.month);
    const part = series.find((item) => item.kind === row.kind);
    if (position === undefined || !part) continue;
    part.data[position] = (part.data[position] ?? 0) + row.entries;
  }
  return { labels: months.map(monthLabel), series };
}

/** The total of each bar (month), for the table's last column. */
export function monthTotals(data: ActivityChartData): number[] {
  return data.labels.map((_, position) => data.series.reduce((sum, part) => sum + (part.data[position] ?? 0), 0));
}
