import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../../api/ambassadors.ts';
import * as feedApi from '../../api/calendarFeed.ts';
import * as departmentsApi from '../../api/departments.ts';
import * as layersApi from '../../api/layers.ts';
import * as sessionsApi from '../../api/trainingSessions.ts';
import * as usersApi from '../../api/users.ts';
import { mountInApp } from '../../test/app.ts';
import { ambassador, ambassadorSummary, departments, layers, meFor } from '../../test/fixtures.ts';
import { chooseOption, optionLabels } from '../../test/select.ts';
import { trainingSession } from '../../test/trainingFixtures.ts';
import TrainingCalendarView from './TrainingCalendarView.vue';

vi.mock('../../api/ambassadors.ts');
vi.mock('../../api/calendarFeed.ts');
vi.mock('../../api/departments.ts');
vi.mock('../../api/layers.ts');
vi.mock('../../api/trainingSessions.ts');
vi.mock('../../api/users.ts');
const sessions = vi.mocked(sessionsApi);

beforeEach(() => {
  vi.resetAllMocks();
  sessions.listTrainingSessions.mockResolvedValue({ items: [trainingSession()], total: 1, nextCursor: null });
  vi.mocked(ambassadorsApi).listAmbassadors.mockResolvedValue({
    items: [ambassador({ status: 'active', roles: ['trainer'] })],
    total: 1,
    nextCursor: null,
  });
  vi.mocked(departmentsApi).listDepartments.mockResolvedValue({ items: departments });
  vi.mocked(layersApi).listLayers.mockResolvedValue({ items: layers });
  vi.mocked(usersApi).listUsers.mockResolvedValue({ items: [], total: 0, nextCursor: null });
  vi.mocked(feedApi).getCalendarFeed.mockResolvedValue({
    url: 'https://ambassador.example/api/v1/calendar/abcdefghijklmnopqrstuv.ics',
    webcalUrl: 'webcal://ambassador.example/api/v1/calendar/abcdefghijklmnopqrstuv.ics',
  });
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountView(role: 'admin' | 'ambassador') {
  const mounted = await mountInApp(TrainingCalendarView, { me: meFor(role), path: '/training/calendar' });
  await flushPromises();
  return mounted;
}

const calls = () => sessions.listTrainingSessions.mock.calls.map(([query]) => query);

describe('TrainingCalendarView', () => {
  it('shows an ambassador her own sessions first, then the calendar, then her subscription', async () => {
    const { wrapper } = await mountView('ambassador');

    const order = ['my-sessions', 'calendar', 'calendar-feed'].map((id) => wrapper.find(`[data-testid="${id}"]`));
    expect(order.every((element) => element.exists())).toBe(true);
    const [mine, calendar, feed] = order.map((element) => element.element);
    expect(mine!.compareDocumentPosition(calendar!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(calendar!.compareDocumentPosition(feed!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(calls()).toContainEqual(expect.objectContaining({ mine: true }));
    expect(calls()).toContainEqual(expect.objectContaining({ from: expect.any(String), to: expect.any(String) }));
    expect(wrapper.find('[data-testid="session-plan"]').exists()).toBe(false);
  });

  it('offers an ambassador the trainers to filter by from her colleagues as the list gives them to her', async () => {
    vi.mocked(ambassadorsApi).listAmbassadors.mockResolvedValue({
      items: [ambassadorSummary({ status: 'active', roles: ['trainer'] }, 2)],
      total: 1,
      nextCursor: null,
    });
    const { wrapper } = await mountView('ambassador');

    expect(optionLabels(wrapper.get('select#training-filter-trainer'))).toEqual(['Alle trainers', 'Bram Jansen 2']);
  });

  it('lets an admin plan a session and asks again when a filter changes', async () => {
    const { wrapper } = await mountView('admin');
    expect(wrapper.find('[data-testid="my-sessions"]').exists()).toBe(false);
    const before = sessions.listTrainingSessions.mock.calls.length;

    vi.useFakeTimers();
    try {
      await chooseOption(wrapper.get('select#training-filter-trainer'), 'Bram Jansen 1');
      vi.advanceTimersByTime(300);
    } finally {
      vi.useRealTimers();
    }
    await flushPromises();
    expect(sessions.listTrainingSessions.mock.calls.length).toBe(before + 1);
    expect(calls().at(-1)).toMatchObject({ trainerId: ambassador({}).id });

    await wrapper.find('[data-testid="session-plan"]').trigger('click');
    await flushPromises();
    expect(document.querySelector('[data-testid="session-form"]')).not.toBeNull();
  });

  it('filters by a typed wave, suggesting the waves seen so far, and drops the filter when emptied', async () => {
    const { wrapper } = await mountView('admin');
    const wave = wrapper.get<HTMLInputElement>('input#training-filter-wave');
    const suggestions = wrapper.get(`datalist#${wave.attributes('list')}`);
    expect(suggestions.findAll('option').map((option) => option.attributes('value'))).toEqual(['Golf 1']);

    vi.useFakeTimers();
    try {
      await wave.setValue('Golf 7');
      vi.advanceTimersByTime(300);
    } finally {
      vi.useRealTimers();
    }
    await flushPromises();
    expect(calls().at(-1)).toMatchObject({ wave: 'Golf 7' });

    vi.useFakeTimers();
    try {
      await wave.setValue('');
      vi.advanceTimersByTime(300);
    } finally {
      vi.useRealTimers();
    }
    await flushPromises();
    expect(calls().at(-1)).not.toHaveProperty('wave');
    expect(wrapper.find('[data-testid="training-filters-clear"]').exists()).toBe(false);
  });

  it('tells an admin how to plan when the range has no sessions', async () => {
    sessions.listTrainingSessions.mockResolvedValue({ items: [], total: 0, nextCursor: null });
    const { wrapper } = await mountView('admin');

    expect(wrapper.find('[data-testid="calendar-empty"]').text()).toContain('Plan er een met ‘Sessie plannen’.');
  });
});
