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

/** A text of the drawing: an axis label, cut to its room, with the whole text as its title when it was cut. */
export interface ChartText {
  x: number;
  y: number;
  anchor: 'middle' | 'end';
  text: string;
  title?: string;
}

export interface GridLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface BarChartLayout {
  plot: { left: number; top: number; width: number; height: number };
  bars: Bar[];
  valueTicks: AxisMark[];
  categories: (AxisMark & { size: number })[];
  /** What to draw besides the bars: a line across the plot at every value tick, and the axes' labels. */
  grid: GridLine[];
  texts: ChartText[];
}

/** Rough width of a text in the chart's 12 px font; enough to set margins, labels are clipped to their room. */
export const textWidth = (text: string) => text.length * 6.5;

/** A label cut to the room it has, with an ellipsis. */
export function fitText(label: string, room: number): string {
  if (textWidth(label) <= room) return label;
  const chars = Math.max(1, Math.floor(room / textWidth('m')) - 1);
  return `${label.slice(0, chars)}…`;
}

const TICK_COUNT = 5;
/** Between an axis label and the plot, and below the plot to a label's baseline. */
const LABEL_OFFSET = 6;
const BASELINE_BELOW = 14;
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

  /** The drawing's point at `along` the value axis and `across` the category axis, from the plot's origin. */
  const point = (along: number, across: number) =>
    horizontal
      ? { x: plot.left + along, y: plot.top + across }
      : { x: plot.left + across, y: plot.top + plot.height - along };

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
      const length = scale(to) - scale(from);
      // The corner nearest the origin of the SVG: the bar's start from the left, its end from the bottom.
      const corner = point(horizontal ? scale(from) : scale(to), across);
      bars.push({
        ...corner,
        width: horizontal ? length : thickness,
        height: horizontal ? thickness : length,
        colour: series.colour,
        title: `${series.label}: ${input.format(value)}`,
      });
    });
  });

  const valueTicks = marks.map((value, index) => ({ at: scale(value), label: tickLabels[index] ?? '' }));
  const categories = categoryMarks(input.labels, band, horizontal);
  const grid = valueTicks.map(({ at }) => {
    const [start, end] = [point(at, 0), point(at, categoryLength)];
    return { x1: start.x, y1: start.y, x2: end.x, y2: end.y };
  });
  const text = (
    at: { x: number; y: number },
    anchor: ChartText['anchor'],
    shown: string,
    whole = shown,
  ): ChartText => ({
    ...at,
    anchor,
    text: shown,
    ...(whole !== shown ? { title: whole } : {}),
  });
  // Below the plot, centred; or left of it, ending there, its baseline a third of the font below the mark.
  const under = (at: number) => ({ x: plot.left + at, y: plot.top + plot.height + BASELINE_BELOW });
  const aside = (y: number) => ({ x: plot.left - LABEL_OFFSET, y: y + 4 });
  const valueTexts = valueTicks.map(({ at, label }) =>
    horizontal ? text(under(at), 'middle', label) : text(aside(point(at, 0).y), 'end', label),
  );
  const categoryTexts = categories.map(({ at, size, label }) =>
    horizontal
      ? text(aside(plot.top + at), 'end', fitText(label, plot.left - LABEL_OFFSET - 2), label)
      : text(under(at), 'middle', fitText(label, size - 4), label),
  );

  return { plot, bars, valueTicks, categories, grid, texts: [...valueTexts, ...categoryTexts] };
}
