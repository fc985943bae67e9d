import { describe, expect, it } from 'vitest';
import { layoutBarChart, textWidth, type BarChartInput } from './barChart.ts';

const format = (value: number) => `${value}`;

function input(overrides: Partial<BarChartInput> = {}): BarChartInput {
  return {
    labels: ['jan', 'feb', 'mrt'],
    series: [
      { label: 'Trainingen', data: [4, 0, 7], colour: '#0f766e' },
      { label: 'Geholpen', data: [2, null, 3], colour: '#1d4ed8' },
    ],
    width: 400,
    height: 220,
    format,
    ...overrides,
  };
}

describe('layoutBarChart', () => {
  it('sets grouped bars side by side in their category, from a round top in whole steps', () => {
    expect(
      layoutBarChart(input({ series: [{ label: 'Veel', data: [14, 3, 9], colour: '#000' }] })).valueTicks.map(
        (tick) => tick.label,
      ),
    ).toEqual(['0', '2', '4', '6', '8', '10', '12', '14']);
    const layout = layoutBarChart(input());
    expect(layout.valueTicks.map((tick) => tick.label)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
    const { plot } = layout;
    expect(layout.valueTicks.at(-1)?.at).toBeCloseTo(plot.height);
    // The missing value draws no bar; a zero draws one of no height.
    expect(layout.bars.map((bar) => bar.title)).toEqual([
      'Trainingen: 4',
      'Geholpen: 2',
      'Trainingen: 0',
      'Trainingen: 7',
      'Geholpen: 3',
    ]);
    const [first, second] = layout.bars;
    expect(first!.x + first!.width).toBeCloseTo(second!.x);
    expect(first!.height).toBeCloseTo((4 / 7) * plot.height);
    expect(first!.y + first!.height).toBeCloseTo(plot.top + plot.height);
    // Each category's bars sit around its middle.
    const middle = plot.left + layout.categories[0]!.at;
    expect((first!.x + second!.x + second!.width) / 2).toBeCloseTo(middle);
  });

  it('stacks the series of a category on top of each other up to their total', () => {
    const layout = layoutBarChart(input({ stacked: true }));
    expect(layout.valueTicks.at(-1)?.label).toBe('10');
    const [bottom, top] = layout.bars.filter((bar) => bar.title.endsWith(': 7') || bar.title.endsWith(': 3'));
    expect(top!.y + top!.height).toBeCloseTo(bottom!.y);
    expect(top!.x).toBe(bottom!.x);
    expect(bottom!.height + top!.height).toBeCloseTo((10 / 10) * layout.plot.height);
  });

  it('draws from the left with the categories down the side, up to a given maximum', () => {
    const layout = layoutBarChart(input({ horizontal: true, max: 5, series: [input().series[1]!] }));
    expect(layout.valueTicks.map((tick) => tick.label)).toEqual(['0', '1', '2', '3', '4', '5']);
    const [bar] = layout.bars;
    expect(bar!.x).toBe(layout.plot.left);
    expect(bar!.width).toBeCloseTo((2 / 5) * layout.plot.width);
    expect(layout.categories.map((category) => category.at)).toEqual(
      [1, 3, 5].map((n) => (n * layout.plot.height) / 6),
    );
  });

  it('names every second, third… category of a vertical chart too narrow for all their names', () => {
    const labels = Array.from({ length: 12 }, (_, month) => `maand ${month + 1}`);
    const series = [{ label: 'Registraties', data: labels.map(() => 1), colour: '#000' }];
    const wide = layoutBarChart(input({ labels, series, width: 1200 }));
    expect(wide.categories.map((category) => category.label)).toEqual(labels);
    const narrow = layoutBarChart(input({ labels, series, width: 240 }));
    expect(narrow.categories.length).toBeLessThan(12);
    expect(narrow.categories[0]?.label).toBe('maand 1');
    for (const category of narrow.categories) expect(category.size).toBeGreaterThanOrEqual(textWidth(category.label));
    expect(narrow.bars).toHaveLength(12);
  });

  it('keeps a chart without values, or without room, finite', () => {
    const empty = layoutBarChart(input({ series: [{ label: 'Niets', data: [0, null, 0], colour: '#000' }] }));
    expect(empty.valueTicks.map((tick) => tick.label)).toEqual(['0', '1']);
    const cramped = layoutBarChart(input({ width: 0, height: 0 }));
    for (const bar of cramped.bars) {
      expect([bar.x, bar.y, bar.width, bar.height].every(Number.isFinite)).toBe(true);
      expect(bar.width).toBeGreaterThanOrEqual(0);
      expect(bar.height).toBeGreaterThanOrEqual(0);
    }
  });
});
