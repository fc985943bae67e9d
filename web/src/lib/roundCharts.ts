import type { OptionRanking, QuestionResult } from '@ambassador/shared';
import { SCORE_MAX, SCORE_MIN } from '@ambassador/shared/constants';

/**
 * What one chart shows, and its table alternative reads the very same figures: a category per row (`labels`), a
 * series per column. `null` is a figure that is not there (a group too small to show).
 */
export interface ChartSeries {
  label: string;
  data: (number | null)[];
}

export interface ChartData {
  labels: string[];
  series: ChartSeries[];
}

/** The values a distribution counts, in the order to show them. */
export function distributionKeys(result: QuestionResult): string[] {
  if (result.kind === 'rating') {
    return Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => String(SCORE_MIN + index));
  }
  if (result.kind === 'yes_no') return ['true', 'false'];
  return Object.keys(result.distribution ?? {});
}

/** Counts per value (rating 1–5, per option, yes/no) of the whole round. */
export function distributionChart(
  result: QuestionResult,
  valueLabel: (key: string) => string,
  seriesLabel: string,
): ChartData {
  const keys = distributionKeys(result);
  return {
    labels: keys.map(valueLabel),
    series: [{ label: seriesLabel, data: keys.map((key) => result.distribution?.[key] ?? 0) }],
  };
}

type Group = QuestionResult['byLayer'][number];

/** Groups that may be shown, and the ones kept back because too few answered in them. */
export function splitSuppressed<G extends { suppressed?: boolean }>(groups: readonly G[]): { shown: G[]; hidden: G[] } {
  return { shown: groups.filter((group) => !group.suppressed), hidden: groups.filter((group) => group.suppressed) };
}

/** Per layer (rows) the count of every value (columns): grouped bars. Suppressed layers are left out. */
export function distributionByLayerChart(
  result: QuestionResult,
  layerName: (layerId: string) => string,
  valueLabel: (key: string) => string,
): ChartData {
  const keys = distributionKeys(result);
  const shown = splitSuppressed(result.byLayer).shown.filter((group) => group.responses > 0);
  return {
    labels: shown.map((group: Group) => layerName(group.layerId)),
    series: keys.map((key) => ({
      label: valueLabel(key),
      data: shown.map((group) => group.distribution?.[key] ?? 0),
    })),
  };
}

/** The options by their mean over every criterion, best first; ties keep the server's order. */
export function rankedOptions(result: QuestionResult): OptionRanking[] {
  return [...(result.ranking ?? [])]
    .map((option, index) => ({ option, index }))
    .sort((a, b) => b.option.mean - a.option.mean || a.index - b.index)
    .map(({ option }) => option);
}

/** The ranking: one bar per option, its mean over all criteria. */
export function rankingChart(result: QuestionResult, seriesLabel: string): ChartData {
  const ranked = rankedOptions(result);
  return {
    labels: ranked.map((option) => option.option),
    series: [{ label: seriesLabel, data: ranked.map((o) => o.mean) }],
  };
}

/** The criteria named in a ranking, in the order they first appear. */
export function rankingCriteria(result: QuestionResult): string[] {
  const seen = new Set<string>();
  for (const option of result.ranking ?? []) for (const criterion of Object.keys(option.criteria)) seen.add(criterion);
  return [...seen];
}

/** Per option (in ranking order) the mean on every criterion: grouped bars. */
export function criteriaChart(result: QuestionResult): ChartData {
  const ranked = rankedOptions(result);
  return {
    labels: ranked.map((option) => option.option),
    series: rankingCriteria(result).map((criterion) => ({
      label: criterion,
      data: ranked.map((option) => option.criteria[criterion] ?? null),
    })),
  };
}

/** Per option (in ranking order) the mean in every layer that may be shown: grouped bars. */
export function rankingByLayerChart(
  result: QuestionResult,
  layerIds: readonly string[],
  layerName: (layerId: string) => string,
): ChartData {
  const ranked = rankedOptions(result);
  const hidden = new Set(splitSuppressed(result.byLayer).hidden.map((group) => group.layerId));
  const present = new Set(ranked.flatMap((option) => option.byLayer.map((entry) => entry.layerId)));
  const layers = layerIds.filter((id) => present.has(id) && !hidden.has(id));
  // Layers the organisation list does not know (yet) still count.
  for (const id of present) if (!layers.includes(id) && !hidden.has(id)) layers.push(id);
  return {
    labels: ranked.map((option) => option.option),
    series: layers.map((layerId) => ({
      label: layerName(layerId),
      data: ranked.map((option) => option.byLayer.find((entry) => entry.layerId === layerId)?.mean ?? null),
    })),
  };
}

/** Whether a chart has anything to draw. */
export const isEmptyChart = (chart: ChartData) =>
  chart.labels.length === 0 || chart.series.every((series) => series.data.every((value) => !value));
