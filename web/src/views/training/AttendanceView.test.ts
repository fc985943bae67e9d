import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http.ts';
import * as sessionsApi from '../../api/trainingSessions.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import { enrolleeId, sessionDetail, sessionId } from '../../test/trainingFixtures.ts';
import AttendanceView from './AttendanceView.vue';

vi.mock('../../api/trainingSessions.ts');
const api = vi.mocked(sessionsApi);

const path = `/training/sessions/${sessionId(1)}/attendance`;

beforeEach(() => {
  vi.resetAllMocks();
  api.getTrainingSession.mockResolvedValue(sessionDetail({ isTrainer: true }));
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountView(role: 'admin' | 'ambassador' = 'ambassador') {
  const mounted = await mountInApp(AttendanceView, { me: meFor(role), path });
  await flushPromises();
  return mounted;
}

type Wrapper = Awaited<ReturnType<typeof mountView>>['wrapper'];
const button = (wrapper: Wrapper, kind: 'attended' | 'no-show', n: number) =>
  wrapper.find(`[data-testid="attendance-${kind}-${enrolleeId(n)}"]`);

describe('AttendanceView', () => {
  it('lists the registered and waitlisted participants, each with two toggles', async () => {
    const { wrapper } = await mountView();

    const rows = wrapper.findAll('[data-testid^="attendance-row-"]');
    expect(rows.map((row) => row.attributes('data-testid'))).toEqual([
      `attendance-row-${enrolleeId(2)}`,
      `attendance-row-${enrolleeId(1)}`,
      `attendance-row-${enrolleeId(3)}`,
      `attendance-row-${enrolleeId(4)}`,
    ]);
    expect(wrapper.find(`[data-testid="attendance-row-${enrolleeId(5)}"]`).exists()).toBe(false);
    expect(button(wrapper, 'attended', 1).element.tagName).toBe('BUTTON');
    expect(button(wrapper, 'attended', 1).attributes('aria-pressed')).toBe('false');
    expect(wrapper.find('[data-testid="attendance-counter"]').text()).toContain('0 van 4 aanwezig');
    expect(wrapper.find('[data-testid="attendance-save"]').exists()).toBe(true);
  });

  it('toggles a mark on and off and counts the people present', async () => {
    const { wrapper } = await mountView();

    await button(wrapper, 'attended', 1).trigger('click');
    expect(button(wrapper, 'attended', 1).attributes('aria-pressed')).toBe('true');
    expect(button(wrapper, 'no-show', 1).attributes('aria-pressed')).toBe('false');
    expect(wrapper.find('[data-testid="attendance-counter"]').text()).toContain('1 van 4 aanwezig');

    await button(wrapper, 'no-show', 1).trigger('click');
    expect(button(wrapper, 'attended', 1).attributes('aria-pressed')).toBe('false');
    expect(button(wrapper, 'no-show', 1).attributes('aria-pressed')).toBe('true');

    await button(wrapper, 'no-show', 1).trigger('click');
    expect(button(wrapper, 'no-show', 1).attributes('aria-pressed')).toBe('false');
  });

  it('marks everyone present, saves the marks and returns to the session page', async () => {
    api.saveAttendance.mockResolvedValue(sessionDetail({ isTrainer: true, status: 'completed' }));
    const { wrapper, router } = await mountView();

    await wrapper.find('[data-testid="attendance-everyone"]').trigger('click');
    await button(wrapper, 'no-show', 4).trigger('click');
    expect(wrapper.find('[data-testid="attendance-counter"]').text()).toContain('3 van 4 aanwezig');
    await wrapper.find('[data-testid="attendance-save"]').trigger('click');
    await flushPromises();

    expect(api.saveAttendance).toHaveBeenCalledWith(sessionId(1), {
      attendance: [
        { employeeId: enrolleeId(2), status: 'attended' },
        { employeeId: enrolleeId(1), status: 'attended' },
        { employeeId: enrolleeId(3), status: 'attended' },
        { employeeId: enrolleeId(4), status: 'no_show' },
      ],
    });
    // The session page is loaded on demand.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('training-session'), { timeout: 10_000 });
  });

  it('leaves out the people who were not marked', async () => {
    api.saveAttendance.mockResolvedValue(sessionDetail({ isTrainer: true, status: 'completed' }));
    const { wrapper } = await mountView();

    await button(wrapper, 'attended', 2).trigger('click');
    await wrapper.find('[data-testid="attendance-save"]').trigger('click');
    await flushPromises();

    expect(api.saveAttendance).toHaveBeenCalledWith(sessionId(1), {
      attendance: [{ employeeId: enrolleeId(2), status: 'attended' }],
    });
  });

  it('says clearly when the session has not started yet and stays on the list', async () => {
    api.saveAttendance.mockRejectedValue(new ApiError({ status: 409, code: 'session_not_started' }));
    const { wrapper, router } = await mountView();

    await button(wrapper, 'attended', 1).trigger('click');
    await wrapper.find('[data-testid="attendance-save"]').trigger('click');
    await flushPromises();

    expect(wrapper.find('[data-testid="attendance-not-started"]').text()).toContain('nog niet begonnen');
    expect(router.currentRoute.value.name).toBe('training-attendance');
    expect(button(wrapper, 'attended', 1).attributes('aria-pressed')).toBe('true');
  });

  it('asks for at least one mark before saving', async () => {
    const { wrapper } = await mountView();

    await wrapper.find('[data-testid="attendance-save"]').trigger('click');

    expect(api.saveAttendance).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="attendance-error"]').text()).toContain('minstens één deelnemer');
  });

  it('tells an ambassador who does not give the session that the list is not hers', async () => {
    api.getTrainingSession.mockResolvedValue(sessionDetail({ isTrainer: false }, null));
    const { wrapper } = await mountView();

    expect(wrapper.find('[data-testid="attendance-forbidden"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="attendance-save"]').exists()).toBe(false);
  });
});
