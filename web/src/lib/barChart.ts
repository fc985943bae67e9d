import { nice, ticks } from 'd3-array';

/** One series of a bar chart: a value per category (`null`: not there, no bar), drawn in one colour. */
export interface BarSeries {
  label: string;
  data: readonly (number | null)[];
  colour: string;
}

export interface BarChartInput {
  labels: readonly string[];
  series: readonly BarSeries[];
  /** The drawing's size in CSS pixels. */
  width: number;
  height: number;
  format: (value: number) => string;
  /** Bars from the left (rankings, long labels) instead of from the bottom. */
  horizontal?: boolean;
  /** The series on top of each other (parts of one total) instead of side by side. */
  stacked?: boolean;
  /** The top of the value axis (5 for scores); otherwise a round number above the largest bar. */
  max?: number;
  maxBarThickness?: number;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
  /** What a pointer resting on the bar shows: "series: value". */
  title: string;
}

export interface AxisMark {
  /** Distance along the axis from the plot's origin side, in pixels of the drawing. */
  at: number;
  label: string;
}

export interface BarChartLayout {
  plot: { left: number; top: number; width: number; height: number };
  bars: Bar[];
  valueTicks: AxisMark[];
  categories: (AxisMark & { size: number })[];
}

/** Rough width of a text in the chart's 12 px font; enough to set margins, labels are clipped to their room. */
export const textWidth = (text: string) => text.length * 6.5;

const TICK_COUNT = 5;
const GAP = 8;
const AXIS_TEXT = 20;

/** The value axis: from zero to `max` or to a round number above the largest bar (or stack), in whole steps. */
function valueDomain(input: BarChartInput): { top: number; marks: number[] } {
  const totals = input.labels.map((_, index) => {
    const values = input.series.map((series) => series.data[index] ?? 0).filter((value) => value > 0);
    return input.stacked ? values.reduce((sum, value) => sum + value, 0) : Math.max(0, ...values);
  });
  const largest = Math.max(0, ...totals);
  const top = input.max ?? (largest > 0 ? nice(0, largest, TICK_COUNT)[1] : 1);
  const whole = ticks(0, top, TICK_COUNT).filter((value) => Number.isInteger(value));
  return { top, marks: whole.length > 1 ? whole : [0, top] };
}

/**
 * The category labels: on a vertical chart too narrow for all of them, every second, third… one, so each has the
 * room of the ones it stands for (the bars' titles and the table name every category).
 */
function categoryMarks(labels: readonly string[], band: number, horizontal: boolean): BarChartLayout['categories'] {
  const needed = Math.max(0, ...labels.map(textWidth)) + 4;
  const step = horizontal || band <= 0 ? 1 : Math.max(1, Math.ceil(needed / band));
  return labels
    .map((label, index) => ({ at: index * band + band / 2, size: band * step, label }))
    .filter((_, index) => index % step === 0);
}

/**
 * Where every bar, value tick and category label of a bar chart goes, for a drawing of the given size: grouped bars
 * side by side within a category's band, stacked bars on top of each other, either from the bottom or from the left.
 */
export function layoutBarChart(input: BarChartInput): BarChartLayout {
  const { width, height, horizontal = false, stacked = false, maxBarThickness = 36 } = input;
  const { top, marks } = valueDomain(input);
  const tickLabels = marks.map((value) => input.format(value));
  const widest = (texts: string[]) => Math.max(0, ...texts.map(textWidth));

  const left = (horizontal ? Math.min(width * 0.4, widest([...input.labels])) : widest(tickLabels)) + GAP + 2;
  const plot = {
    left,
    top: GAP,
    width: Math.max(0, width - left - GAP * 2),
    height: Math.max(0, height - GAP - AXIS_TEXT),
  };
  const valueLength = horizontal ? plot.width : plot.height;
  const categoryLength = horizontal ? plot.height : plot.width;
  const scale = (value: number) => (Math.min(Math.max(value, 0), top) / top) * valueLength;

  const count = Math.max(1, input.labels.length);
  const band = categoryLength / count;
  const groups = stacked ? 1 : Math.max(1, input.series.length);
  const thickness = Math.min(maxBarThickness, (band * 0.8) / groups);

  const bars: Bar[] = [];
  input.labels.forEach((_, index) => {
    const groupStart = index * band + (band - thickness * groups) / 2;
    let base = 0;
    input.series.forEach((series, position) => {
      const value = series.data[index];
      if (value === null || value === undefined) return;
      const from = stacked ? base : 0;
      const to = from + Math.max(value, 0);
      if (stacked) base = to;
      const across = groupStart + (stacked ? 0 : position * thickness);
      const start = scale(from);
      const length = scale(to) - start;
      const title = `${series.label}: ${input.format(value)}`;
      bars.push(
        horizontal
          ? {
              x: plot.left + start,
              y: plot.top + across,
              width: length,
              height: thickness,
              colour: series.colour,
              title,
            }
          : {
              x: plot.left + across,
              y: plot.top + plot.height - start - length,
              width: thickness,
              height: length,
              colour: series.colour,
              title,
            },
      );
    });
  });

  return {
    plot,
    bars,
    valueTicks: marks.map((value, index) => ({ at: scale(value), label: tickLabels[index] ?? '' })),
    categories: categoryMarks(input.labels, band, horizontal),
  };
}
