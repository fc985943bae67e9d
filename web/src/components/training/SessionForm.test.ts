import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../../api/ambassadors.ts';
import * as departmentsApi from '../../api/departments.ts';
import { ApiError } from '../../api/http.ts';
import * as layersApi from '../../api/layers.ts';
import * as sessionsApi from '../../api/trainingSessions.ts';
import * as usersApi from '../../api/users.ts';
import { mountInApp } from '../../test/app.ts';
import { departments, layers, meFor } from '../../test/fixtures.ts';
import { sessionDetail, sessionId, trainingSession } from '../../test/trainingFixtures.ts';
import SessionForm from './SessionForm.vue';

vi.mock('../../api/ambassadors.ts');
vi.mock('../../api/departments.ts');
vi.mock('../../api/layers.ts');
vi.mock('../../api/trainingSessions.ts');
vi.mock('../../api/users.ts');
const api = vi.mocked(sessionsApi);

const clash = new ApiError({
  status: 409,
  code: 'schedule_conflict',
  conflicts: [
    {
      sessionId: sessionId(9),
      title: 'Intranet verdieping',
      startsAt: '2026-03-10T08:30:00.000Z',
      endsAt: '2026-03-10T09:30:00.000Z',
      reason: 'trainer',
      subject: 'Bram Jansen',
    },
  ],
});

beforeEach(() => {
  vi.resetAllMocks();
  // The fixtures' sessions are in March 2026; the form is filled in before then.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-05T08:00:00Z') });
  vi.mocked(ambassadorsApi).listAmbassadors.mockResolvedValue({ items: [], total: 0, nextCursor: null });
  vi.mocked(usersApi).listUsers.mockResolvedValue({ items: [], total: 0, nextCursor: null });
  vi.mocked(departmentsApi).listDepartments.mockResolvedValue({ items: departments });
  vi.mocked(layersApi).listLayers.mockResolvedValue({ items: layers });
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

async function mountForm(props: InstanceType<typeof SessionForm>['$props'] = {}) {
  const mounted = await mountInApp(SessionForm, { me: meFor('admin'), path: '/training', mount: { props } });
  await flushPromises();
  return mounted;
}

type Wrapper = Awaited<ReturnType<typeof mountForm>>['wrapper'];

/** Dates are typed as Dutch users write them: day-month-year. */
async function fillNewSession(wrapper: Wrapper, { day = '10-03-2026', trainer = 'Externe Els' } = {}) {
  await wrapper.find('[data-testid="session-title"]').setValue('Teams basis');
  await wrapper.find('[data-testid="session-start-date"]').setValue(day);
  await wrapper.find('[data-testid="session-start-time"]').setValue('09:00');
  await wrapper.find('[data-testid="session-end-time"]').setValue('11:00');
  await wrapper.find('[data-testid="session-location"]').setValue('De Linde, zaal 2');
  if (trainer) await wrapper.find('[data-testid="session-external-trainer"]').setValue(trainer);
}

const submit = async (wrapper: Wrapper) => {
  await wrapper.find('[data-testid="session-form"]').trigger('submit');
  await flushPromises();
};

describe('SessionForm', () => {
  it('shows a clash inline, naming the session and the reason, and saves anyway on request', async () => {
    api.createTrainingSession.mockRejectedValueOnce(clash).mockResolvedValueOnce(sessionDetail({}, []));
    const { wrapper } = await mountForm();
    await fillNewSession(wrapper);

    await wrapper.find('[data-testid="session-form"]').trigger('submit');
    await flushPromises();

    const message = wrapper.find('[data-testid="conflict-message"]');
    expect(message.exists()).toBe(true);
    expect(message.text()).toContain('Intranet verdieping');
    expect(message.text()).toContain('Trainer Bram Jansen is dan al ingepland');
    expect(wrapper.emitted('saved')).toBeUndefined();

    await wrapper.find('[data-testid="session-force-save"]').trigger('click');
    await flushPromises();

    const [firstBody, firstForce] = api.createTrainingSession.mock.calls[0]!;
    const [secondBody, secondForce] = api.createTrainingSession.mock.calls[1]!;
    expect(firstForce).toBe(false);
    expect(secondForce).toBe(true);
    expect(secondBody).toEqual(firstBody);
    expect(firstBody).toMatchObject({
      kind: 'end_user',
      title: 'Teams basis',
      startsAt: '2026-03-10T08:00:00.000Z',
      endsAt: '2026-03-10T10:00:00.000Z',
      location: 'De Linde, zaal 2',
      capacity: 12,
    });
    expect(wrapper.emitted('saved')).toHaveLength(1);
    expect(wrapper.find('[data-testid="conflict-message"]').exists()).toBe(false);
  });

  it('drops the clash message once the form changes', async () => {
    api.createTrainingSession.mockRejectedValueOnce(clash);
    const { wrapper } = await mountForm();
    await fillNewSession(wrapper);
    await wrapper.find('[data-testid="session-form"]').trigger('submit');
    await flushPromises();

    await wrapper.find('[data-testid="session-start-time"]').setValue('13:00');

    expect(wrapper.find('[data-testid="conflict-message"]').exists()).toBe(false);
  });

  it('names what is missing next to the fields and sends nothing', async () => {
    const { wrapper } = await mountForm();

    await wrapper.find('[data-testid="session-form"]').trigger('submit');
    await flushPromises();

    expect(api.createTrainingSession).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="session-title-error"]').text()).toBe('Geef de sessie een titel.');
    expect(wrapper.find('[data-testid="session-start-date-error"]').text()).toBe('Kies een datum.');
  });

  it('changes an existing session with PATCH and shows a server error in Dutch', async () => {
    api.updateTrainingSession.mockRejectedValue(new ApiError({ status: 409, code: 'session_closed' }));
    const { wrapper } = await mountForm({ session: trainingSession() });

    expect((wrapper.find('[data-testid="session-start-time"]').element as HTMLInputElement).value).toBe('09:00');
    await wrapper.find('[data-testid="session-form"]').trigger('submit');
    await flushPromises();

    expect(api.updateTrainingSession).toHaveBeenCalledWith(
      sessionId(1),
      expect.objectContaining({ title: 'Teams basis 1', startsAt: '2026-03-10T08:00:00.000Z' }),
      false,
    );
    expect(wrapper.find('[data-testid="session-form-error"]').text()).toContain('al gegeven of geannuleerd');
  });

  it('refuses a start in the past until the user says she records a session that already happened', async () => {
    api.createTrainingSession.mockResolvedValue(sessionDetail({}, []));
    const { wrapper } = await mountForm();
    await fillNewSession(wrapper, { day: '04-01-2026' });

    await submit(wrapper);

    expect(api.createTrainingSession).not.toHaveBeenCalled();
    const error = wrapper.find('[data-testid="session-start-date-error"]');
    expect(error.text()).toContain('in het verleden');
    expect(document.activeElement).toBe(wrapper.find('[data-testid="session-start-date"]').element);

    await wrapper.find('#session-records-past').setValue(true);
    await submit(wrapper);

    expect(api.createTrainingSession).toHaveBeenCalledWith(
      expect.objectContaining({ startsAt: '2026-01-04T08:00:00.000Z', recordsPast: true }),
      false,
    );
  });

  it('names a date or time it cannot read and saves nothing until it is fixed', async () => {
    api.createTrainingSession.mockResolvedValue(sessionDetail({}, []));
    const { wrapper } = await mountForm();
    await fillNewSession(wrapper);
    const endDate = wrapper.find('[data-testid="session-end-date"]');
    await endDate.setValue('31-04-2026');
    await endDate.trigger('blur');

    expect(wrapper.find('[data-testid="session-end-date-error"]').text()).toContain('geen datum');
    await submit(wrapper);
    expect(api.createTrainingSession).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(endDate.element);

    await endDate.setValue('10-03-2026');
    await endDate.trigger('blur');
    expect(wrapper.find('[data-testid="session-end-date-error"]').exists()).toBe(false);
    await submit(wrapper);
    expect(api.createTrainingSession).toHaveBeenCalledWith(
      expect.objectContaining({ startsAt: '2026-03-10T08:00:00.000Z', endsAt: '2026-03-10T10:00:00.000Z' }),
      false,
    );
  });

  it('shows the server refusing a start in the past next to the time', async () => {
    api.createTrainingSession.mockRejectedValue(
      new ApiError({
        status: 422,
        code: 'session_in_past',
        errors: [{ field: 'startsAt', code: 'session_in_past', message: 'in the past' }],
      }),
    );
    const { wrapper } = await mountForm();
    await fillNewSession(wrapper);

    await submit(wrapper);

    expect(wrapper.find('[data-testid="session-start-time-error"]').text()).toContain('verleden');
  });

  it('asks before saving a session without trainer or place, and saves once acknowledged', async () => {
    api.createTrainingSession.mockResolvedValue(sessionDetail({}, []));
    const { wrapper } = await mountForm();
    await fillNewSession(wrapper, { trainer: '' });
    await wrapper.find('[data-testid="session-location"]').setValue('');

    await submit(wrapper);

    expect(api.createTrainingSession).not.toHaveBeenCalled();
    const warning = wrapper.find('[data-testid="session-missing-warning"]');
    expect(warning.exists()).toBe(true);
    expect(wrapper.find('[data-testid="session-missing-trainer"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="session-missing-location"]').exists()).toBe(true);
    expect(document.activeElement).toBe(warning.element);

    // Adding a place leaves only the trainer to remind of.
    await wrapper.find('[data-testid="session-location"]').setValue('Zaal 3');
    expect(wrapper.find('[data-testid="session-missing-location"]').exists()).toBe(false);

    await wrapper.find('[data-testid="session-save-anyway"]').trigger('click');
    await flushPromises();

    expect(api.createTrainingSession).toHaveBeenCalledTimes(1);
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('keeps "save anyway" for a forced save after a clash, without asking about what is missing again', async () => {
    api.createTrainingSession.mockRejectedValueOnce(clash).mockResolvedValueOnce(sessionDetail({}, []));
    const { wrapper } = await mountForm();
    await fillNewSession(wrapper, { trainer: '' });

    await submit(wrapper);
    await wrapper.find('[data-testid="session-save-anyway"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="conflict-message"]').exists()).toBe(true);

    await wrapper.find('[data-testid="session-force-save"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="session-missing-warning"]').exists()).toBe(false);
    expect(api.createTrainingSession).toHaveBeenCalledTimes(2);
    expect(api.createTrainingSession.mock.calls[1]![1]).toBe(true);
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('counts characters against the limit instead of cutting text off, and refuses text over it', async () => {
    const { wrapper } = await mountForm();
    await fillNewSession(wrapper);
    const title = 'x'.repeat(510);
    await wrapper.find('[data-testid="session-title"]').setValue(title);

    expect((wrapper.find('[data-testid="session-title"]').element as HTMLInputElement).value).toBe(title);
    expect(wrapper.find('#session-title-hint').text()).toBe('510 / 200 tekens');
    await submit(wrapper);

    expect(api.createTrainingSession).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="session-title-error"]').text()).toBe('Dit is te lang.');
    expect(document.activeElement).toBe(wrapper.find('[data-testid="session-title"]').element);
  });
});
