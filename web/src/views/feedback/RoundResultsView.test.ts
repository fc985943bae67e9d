import type { QuestionResult } from '@ambassador/shared';
import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, type PropType } from 'vue';
import * as departmentsApi from '../../api/departments.ts';
import * as roundsApi from '../../api/feedbackRounds.ts';
import { ApiError } from '../../api/http.ts';
import * as layersApi from '../../api/layers.ts';
import type { ChartData } from '../../lib/roundCharts.ts';
import { mountInApp } from '../../test/app.ts';
import { departmentIds, departments, layers, meFor } from '../../test/fixtures.ts';
import { layerIds, round, roundId, roundResults } from '../../test/roundFixtures.ts';
import RoundResultsView from './RoundResultsView.vue';

vi.mock('../../api/feedbackRounds.ts');
vi.mock('../../api/layers.ts');
vi.mock('../../api/departments.ts');
/** The test DOM lays nothing out, so the chart would draw nothing; the stub keeps its data, to compare with the table. */
vi.mock('../../components/feedback/rounds/RoundBarChart.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: { data: { type: Object as PropType<ChartData>, required: true } },
    setup: (props) => () => h('div', { 'data-testid': 'chart-stub', 'data-chart': JSON.stringify(props.data) }),
  }),
}));
const api = vi.mocked(roundsApi);

let unmount: (() => void) | null = null;

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(layersApi).listLayers.mockResolvedValue({ items: layers });
  vi.mocked(departmentsApi).listDepartments.mockResolvedValue({ items: departments });
  api.getRoundResults.mockResolvedValue(roundResults());
  api.getRound.mockResolvedValue(round({ status: 'closed' }));
});

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

async function mountView(role: 'admin' | 'hr' = 'admin') {
  const mounted = await mountInApp(RoundResultsView, {
    me: meFor(role),
    path: `/feedback/rounds/${roundId(1)}/results`,
  });
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  // The charts are loaded on demand.
  await vi.waitFor(() => {
    const figures = mounted.wrapper.findAll('figure').length;
    expect(mounted.wrapper.findAll('[data-testid="chart-stub"]').length).toBe(figures);
  });
  return mounted;
}

const chartOf = (figure: DOMWrapper<Element>): ChartData =>
  JSON.parse(figure.find('[data-testid="chart-stub"]').attributes('data-chart')!) as ChartData;

/** The table's body as text: a row per category, the series' cells after its header. */
const tableOf = (figure: DOMWrapper<Element>) =>
  figure.findAll('tbody tr').map((row) => [row.find('th').text(), ...row.findAll('td').map((cell) => cell.text())]);

const find = (wrapper: VueWrapper, testid: string) => wrapper.find(`[data-testid="${testid}"]`);

describe('RoundResultsView', () => {
  it('names the layers nobody answered from, and shows participation per layer in words', async () => {
    const { wrapper } = await mountView();

    expect(wrapper.find('h1').text()).toBe('Resultaten: Keuze intranetleverancier 1');
    expect(find(wrapper, 'results-unheard').text()).toContain('Bestuur en directie');
    expect(find(wrapper, 'results-overall').text()).toContain('7 van 10 (70%)');
    expect(find(wrapper, `results-layer-${layerIds[3]}`).text()).toContain('Zorg en behandeling');
    expect(find(wrapper, `results-layer-${layerIds[3]}`).text()).toContain('5 van 6 (83,3%)');
    expect(find(wrapper, 'results-anonymous').text()).toContain('minder dan 3');
  });

  it('ranks the vendors best first, in the list, the chart and its table alike', async () => {
    const { wrapper } = await mountView();

    const ranking = find(wrapper, 'result-q_vendors-ranking');
    expect(ranking.findAll('li').map((item) => item.text().replace(/\s+/g, ' '))).toEqual([
      'Beta gemiddeld 4,3',
      'Alpha gemiddeld 2,8',
    ]);
    const figure = find(wrapper, 'result-q_vendors-ranking-chart');
    expect(chartOf(figure)).toEqual({
      labels: ['Beta', 'Alpha'],
      series: [{ label: 'Gemiddelde', data: [4.25, 2.75] }],
    });
    expect(tableOf(figure)).toEqual([
      ['Beta', '4,3'],
      ['Alpha', '2,8'],
    ]);
    expect(figure.find('[role="img"]').attributes('aria-label')).toContain('Beta: 4,3, Alpha: 2,8');

    const criteria = find(wrapper, 'result-q_vendors-criteria-chart');
    expect(chartOf(criteria).series.map((series) => series.label)).toEqual(['Gebruiksgemak', 'Mobiel']);
    expect(tableOf(criteria)).toEqual([
      ['Beta', '4,5', '4,0'],
      ['Alpha', '2,5', '3,0'],
    ]);
  });

  it('holds every figure of every chart in its table', async () => {
    const { wrapper } = await mountView();

    const figures = wrapper.findAll('figure');
    expect(figures.length).toBeGreaterThanOrEqual(5);
    for (const figure of figures) {
      const chart = chartOf(figure);
      const table = tableOf(figure);
      expect(table.map((row) => row[0])).toEqual(chart.labels);
      const formatted = (value: number | null) =>
        value === null ? '–' : new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(value);
      chart.series.forEach((series, column) => {
        series.data.forEach((value, row) => {
          // Means show one decimal, counts none: compare as numbers.
          const cell = table[row]![column + 1]!;
          expect(cell === '–' ? null : Number(cell.replace(',', '.'))).toBe(
            value === null ? null : Number(formatted(value).replace(',', '.')),
          );
        });
      });
    }
  });

  it('keeps back the figures of groups too small to show, and says why', async () => {
    const { wrapper } = await mountView();

    const rating = find(wrapper, 'result-q_rating');
    expect(find(wrapper, 'result-q_rating-mean').text()).toBe('gemiddeld 3,3');
    const suppressed = rating.find('[data-testid="result-q_rating-suppressed"]');
    expect(suppressed.findAll('li').map((item) => item.text())).toEqual([
      'Management: te weinig antwoorden (minder dan 3)',
      'Teamleiding: te weinig antwoorden (minder dan 3)',
    ]);
    // Neither in the by-layer chart nor in its table.
    const byLayer = rating.find('[data-testid="result-q_rating-layer-chart"]');
    expect(chartOf(byLayer).labels).toEqual(['Zorg en behandeling']);
    expect(tableOf(byLayer)).toEqual([['Zorg en behandeling', '0', '1', '1', '2', '1', '5', '3,6']]);
    expect(find(wrapper, 'result-q_vendors-suppressed').text()).toContain('Management');
    expect(chartOf(find(wrapper, 'result-q_vendors-layer-chart')).series.map((s) => s.label)).toEqual([
      'Zorg en behandeling',
    ]);
  });

  it('shows yes/no as bars and the open answers as a list', async () => {
    const { wrapper } = await mountView();

    expect(tableOf(find(wrapper, 'result-q_yes-chart'))).toEqual([
      ['Ja', '5'],
      ['Nee', '2'],
    ]);
    expect(
      find(wrapper, 'result-q_text-texts')
        .findAll('li')
        .map((item) => item.text()),
    ).toEqual(['Het rooster', 'Een goede zoekfunctie']);
  });

  it('lets the table be shown for sighted users too', async () => {
    const { wrapper } = await mountView();
    const toggle = find(wrapper, 'result-q_yes-chart-toggle');
    const holder = () => find(wrapper, 'result-q_yes-chart-table').element.parentElement!;

    expect(holder().className).toBe('visually-hidden');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    await toggle.trigger('click');
    expect(holder().className).not.toContain('visually-hidden');
    expect(toggle.attributes('aria-expanded')).toBe('true');
  });

  it('shows per department, folded away at first, the very figures of the data, and none of a group too small', async () => {
    const base = roundResults();
    const [rating, yes, , vendors] = base.questions;
    const choice: QuestionResult = {
      questionId: 'q_choice',
      kind: 'choice',
      text: 'Welk apparaat?',
      responses: 7,
      distribution: { Laptop: 4, Telefoon: 3 },
      byLayer: [],
      byDepartment: [
        { departmentId: departmentIds.eik, responses: 4, distribution: { Laptop: 1, Telefoon: 3 } },
        { departmentId: departmentIds.beuk, responses: 3, distribution: { Laptop: 3 } },
      ],
    };
    api.getRoundResults.mockResolvedValue(
      roundResults({
        questions: [
          {
            ...rating!,
            byDepartment: [
              {
                departmentId: departmentIds.linde,
                responses: 2,
                suppressed: true,
              },
              {
                departmentId: departmentIds.beuk,
                responses: 5,
                mean: 3.64,
                distribution: { '1': 0, '2': 1, '3': 1, '4': 2, '5': 1 },
              },
            ],
          },
          {
            ...yes!,
            byDepartment: [{ departmentId: departmentIds.beuk, responses: 7, distribution: { true: 5, false: 2 } }],
          },
          choice,
          {
            ...vendors!,
            byDepartment: [
              { departmentId: departmentIds.beuk, responses: 5 },
              { departmentId: departmentIds.eik, responses: 1, suppressed: true },
            ],
          },
        ],
      }),
    );
    const { wrapper } = await mountView();
    const rowsOf = (testid: string) =>
      find(wrapper, `${testid}-table`)
        .findAll('tbody tr')
        .map((row) => [row.find('th').text(), ...row.findAll('td').map((cell) => cell.text())]);
    const headOf = (testid: string) =>
      find(wrapper, `${testid}-table`)
        .findAll('thead th')
        .map((cell) => cell.text());

    const toggle = find(wrapper, 'result-q_rating-departments-toggle');
    const region = () => wrapper.find(`#${toggle.attributes('aria-controls')}`);
    expect(toggle.element.tagName).toBe('BUTTON');
    expect(toggle.text()).toBe('Per afdeling');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect((region().element as HTMLElement).style.display).toBe('none');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect((region().element as HTMLElement).style.display).toBe('');
    expect(region().find('table').exists()).toBe(true);

    expect(headOf('result-q_rating-departments')).toEqual(['Afdeling', 'Antwoorden', 'Gemiddelde']);
    expect(rowsOf('result-q_rating-departments')).toEqual([
      ['Afdeling Beuk', '5', '3,6'],
      ['De Linde', 'te weinig antwoorden (minder dan 3)'],
    ]);
    // The group too small shows none of its figures, not even how many answered.
    const small = find(wrapper, `result-q_rating-departments-${departmentIds.linde}`);
    expect(small.text()).not.toMatch(/\d(?!\))/);
    expect(small.findAll('td')).toHaveLength(1);
    expect(small.find('td').attributes('colspan')).toBe('2');

    expect(headOf('result-q_yes-departments')).toEqual(['Afdeling', 'Antwoorden', 'Ja', 'Nee']);
    expect(rowsOf('result-q_yes-departments')).toEqual([['Afdeling Beuk', '7', '5', '2']]);

    expect(headOf('result-q_choice-departments')).toEqual(['Afdeling', 'Antwoorden', 'Laptop', 'Telefoon']);
    expect(rowsOf('result-q_choice-departments')).toEqual([
      ['Afdeling Beuk', '3', '3', '0'],
      ['Afdeling Eik', '4', '1', '3'],
    ]);

    expect(headOf('result-q_vendors-departments')).toEqual(['Afdeling', 'Antwoorden']);
    expect(rowsOf('result-q_vendors-departments')).toEqual([
      ['Afdeling Beuk', '5'],
      ['Afdeling Eik', 'te weinig antwoorden (minder dan 3)'],
    ]);
  });

  it('lets HR read the results without the round, and downloads the CSV with the session', async () => {
    api.downloadRoundResultsCsv.mockResolvedValue({ blob: new Blob(['x']), filename: 'ronde.csv' });
    const createObjectURL = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { wrapper } = await mountView('hr');

    expect(api.getRound).not.toHaveBeenCalled();
    expect(wrapper.find('h1').text()).toBe('Resultaten');
    await find(wrapper, 'results-csv').trigger('click');
    await flushPromises();
    expect(api.downloadRoundResultsCsv).toHaveBeenCalledWith(roundId(1));
    expect(createObjectURL).toHaveBeenCalled();
  });

  it('shows why the results could not be loaded', async () => {
    api.getRoundResults.mockRejectedValue(new ApiError({ status: 403, code: 'forbidden' }));
    const { wrapper } = await mountView();

    expect(find(wrapper, 'load-error').text()).toContain('De resultaten konden niet worden geladen.');
  });
});
