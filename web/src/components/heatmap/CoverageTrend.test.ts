import { afterEach, describe, expect, it } from 'vitest';
import { mountInApp } from '../../test/app.ts';
import { meFor, totals } from '../../test/fixtures.ts';
import CoverageTrend from './CoverageTrend.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const snapshot = (date: string, coveragePct: number, employeesInCoveredCellsPct: number) => ({
  date,
  totals: totals({ coveragePct, employeesInCoveredCellsPct }),
});

async function mountTrend(items: ReturnType<typeof snapshot>[]) {
  const { wrapper } = await mountInApp(CoverageTrend, { me: meFor('admin'), mount: { props: { items } } });
  return wrapper;
}

describe('CoverageTrend', () => {
  it('draws a line through three days, placed by date, and sums it up in words', async () => {
    const wrapper = await mountTrend([
      snapshot('2025-03-01', 0, 0),
      snapshot('2025-03-02', 50, 25),
      snapshot('2025-03-05', 100, 80),
    ]);

    const line = wrapper.find('[data-testid="trend-line-coveragePct"]');
    expect(line.element.tagName.toLowerCase()).toBe('path');
    // x from 44 to 624 over four days; y from 170 (0%) to 12 (100%).
    expect(line.attributes('d')).toBe('M44.0 170.0 L189.0 91.0 L624.0 12.0');
    expect(wrapper.find('[data-testid="trend-line-employeesInCoveredCellsPct"]').exists()).toBe(true);
    expect(wrapper.find('svg[role="img"]').attributes('aria-labelledby')).toBe('trend-summary');
    expect(wrapper.find('[data-testid="trend-summary"]').text()).toBe(
      'Van 1 maart 2025 tot 5 maart 2025: gedekte cellen van 0% naar 100%, medewerkers in gedekte cellen van 0% naar 80%.',
    );
  });

  it('shows a single measurement as a point and a sentence', async () => {
    const wrapper = await mountTrend([snapshot('2025-03-01', 4.2, 8)]);

    expect(wrapper.find('path').exists()).toBe(false);
    expect(wrapper.findAll('[data-testid="trend-dot"]')).toHaveLength(2);
    expect(wrapper.find('[data-testid="trend-summary"]').text()).toBe(
      'Eén meting, op 1 maart 2025: 4,2% van de cellen gedekt en 8% van de medewerkers in een gedekte cel. De lijn verschijnt zodra er meer dagen zijn.',
    );
  });

  it('says there is nothing to draw yet', async () => {
    const wrapper = await mountTrend([]);

    expect(wrapper.find('svg[role="img"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Nog geen metingen.');
  });
});
