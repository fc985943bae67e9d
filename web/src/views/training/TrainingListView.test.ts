import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../../api/ambassadors.ts';
import * as departmentsApi from '../../api/departments.ts';
import * as sessionsApi from '../../api/trainingSessions.ts';
import { mountInApp } from '../../test/app.ts';
import { departments, meFor } from '../../test/fixtures.ts';
import { sessionId, trainingSession } from '../../test/trainingFixtures.ts';
import TrainingListView from './TrainingListView.vue';

vi.mock('../../api/ambassadors.ts');
vi.mock('../../api/departments.ts');
vi.mock('../../api/trainingSessions.ts');
const sessions = vi.mocked(sessionsApi);

/** 25 sessions, one a day from 1 March; titles run backwards so sorting by title reverses them. */
const many = Array.from({ length: 25 }, (_, i) =>
  trainingSession(
    {
      title: `Sessie ${String.fromCharCode(90 - i)}`,
      startsAt: `2026-03-${String(i + 1).padStart(2, '0')}T08:00:00.000Z`,
      endsAt: `2026-03-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`,
    },
    i + 1,
  ),
);

beforeEach(() => {
  vi.resetAllMocks();
  sessions.listTrainingSessions.mockResolvedValue({ items: many, total: many.length, nextCursor: null });
  vi.mocked(ambassadorsApi).listAmbassadors.mockResolvedValue({ items: [], total: 0, nextCursor: null });
  vi.mocked(departmentsApi).listDepartments.mockResolvedValue({ items: departments });
});

afterEach(() => {
  document.body.innerHTML = '';
});

const titles = (wrapper: Awaited<ReturnType<typeof mountInApp>>['wrapper']) =>
  wrapper.findAll('[data-testid^="session-link-"]').map((link) => link.text());

describe('TrainingListView', () => {
  it('shows the sessions as a table, soonest first, twenty to a page, sortable by title', async () => {
    const { wrapper } = await mountInApp(TrainingListView, { me: meFor('ambassador'), path: '/training/list' });
    await flushPromises();

    expect(titles(wrapper)).toHaveLength(20);
    expect(titles(wrapper)[0]).toBe('Sessie Z');
    expect(wrapper.find(`[data-testid="session-link-${sessionId(1)}"]`).attributes('href')).toBe(
      `/training/sessions/${sessionId(1)}`,
    );

    const titleHeader = wrapper.findAll('th').find((th) => th.text().includes('Titel'))!;
    await titleHeader.get('button').trigger('click');
    expect(titles(wrapper)[0]).toBe('Sessie B');
    expect(titleHeader.attributes('aria-sort')).toBe('ascending');
  });

  it('asks again for another period', async () => {
    const { wrapper } = await mountInApp(TrainingListView, { me: meFor('admin'), path: '/training/list' });
    await flushPromises();

    // Typed as Dutch users write dates.
    await wrapper.find('[data-testid="training-list-from"]').setValue('01-03-2026');
    await wrapper.find('[data-testid="training-list-to"]').setValue('31-03-2026');
    await flushPromises();

    expect(sessions.listTrainingSessions).toHaveBeenLastCalledWith(
      expect.objectContaining({ from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T22:00:00.000Z' }),
      expect.any(AbortSignal),
    );
    expect(wrapper.find('[data-testid="session-plan"]').exists()).toBe(true);
  });
});
