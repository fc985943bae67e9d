import { flushPromises } from '@vue/test-utils';
import ConfirmRegion from '../../components/common/ConfirmRegion.vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import * as departmentsApi from '../../api/departments.ts';
import * as employeesApi from '../../api/employees.ts';
import { ApiError } from '../../api/http.ts';
import * as sessionsApi from '../../api/trainingSessions.ts';
import EmployeePicker from '../../components/ambassadors/EmployeePicker.vue';
import DepartmentSelect from '../../components/common/DepartmentSelect.vue';
import { mountInApp } from '../../test/app.ts';
import { departmentIds, departments, meFor } from '../../test/fixtures.ts';
import { enrolleeId, sessionDetail, sessionId } from '../../test/trainingFixtures.ts';
import SessionView from './SessionView.vue';

vi.mock('../../api/departments.ts');
vi.mock('../../api/employees.ts');
vi.mock('../../api/trainingSessions.ts');
const api = vi.mocked(sessionsApi);

/** The page with the confirmation dialog the app layout normally provides. */
const PageWithConfirm = defineComponent({ setup: () => () => h('div', [h(SessionView), h(ConfirmRegion)]) });

beforeEach(() => {
  vi.resetAllMocks();
  api.getTrainingSession.mockResolvedValue(sessionDetail());
  vi.mocked(departmentsApi).listDepartments.mockResolvedValue({ items: departments });
  vi.mocked(employeesApi).listEmployees.mockResolvedValue({ items: [], total: 0, nextCursor: null });
});

/** Unmounted after each test: a ConfirmRegion left mounted would answer the next test's confirmations too. */
let unmount: (() => void) | null = null;

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

async function mountView(role: 'admin' | 'ambassador' = 'admin') {
  const mounted = await mountInApp(PageWithConfirm, { me: meFor(role), path: `/training/sessions/${sessionId(1)}` });
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

function acceptConfirmation(): void {
  document.querySelector<HTMLButtonElement>('[data-testid="confirm-accept"]')!.click();
}

describe('SessionView', () => {
  it('shows the people with a place and, apart from them, the waitlist in its order', async () => {
    const { wrapper } = await mountView();

    expect(wrapper.find('h1').text()).toBe('Teams basis 1');
    expect(wrapper.find('[data-testid="session-status-planned"]').exists()).toBe(true);
    const enrolled = wrapper.find('[data-testid="enrolments-table"]');
    expect(enrolled.findAll('tbody tr').map((row) => row.find('th').text())).toEqual([
      'Ans Aalders 2002',
      'Bert Bakker 2001',
    ]);
    expect(enrolled.find('[data-testid="enrolment-status-registered"]').text()).toBe('Ingeschreven');
    const waitlist = wrapper.find('[data-testid="waitlist-table"]');
    expect(waitlist.findAll('tbody tr').map((row) => row.text())).toEqual([
      expect.stringMatching(/^1\s*Cor Claassen/),
      expect.stringMatching(/^2\s*Dirk Dekker/),
    ]);
    expect(wrapper.text()).toContain('Wachtlijst (2)');
    expect(wrapper.find('[data-testid="session-counts"]').text()).toContain('2 van 2 ingeschreven');
    expect(wrapper.find('[data-testid="session-counts"]').text()).toContain('vol');
  });

  it('enrols a colleague and says she landed on the waitlist', async () => {
    api.enrolEmployee.mockResolvedValue({ employeeId: enrolleeId(8), status: 'waitlisted', position: 3 });
    const { wrapper } = await mountView();

    wrapper.findComponent(EmployeePicker).vm.$emit('update:modelValue', { id: enrolleeId(8), name: 'Hanna Hoek' });
    await wrapper.find('[data-testid="enrol-employee"]').trigger('click');
    await flushPromises();

    expect(api.enrolEmployee).toHaveBeenCalledWith(sessionId(1), enrolleeId(8));
    expect(wrapper.find('[data-testid="enrol-result"]').text()).toBe(
      'De sessie is vol: Hanna Hoek staat op de wachtlijst (plaats 3).',
    );
    expect(api.getTrainingSession).toHaveBeenCalledTimes(2);
  });

  it('explains a refused enrolment in Dutch', async () => {
    api.enrolEmployee.mockRejectedValue(new ApiError({ status: 409, code: 'enrolment_overlap' }));
    const { wrapper } = await mountView();

    wrapper.findComponent(EmployeePicker).vm.$emit('update:modelValue', { id: enrolleeId(8), name: 'Hanna Hoek' });
    await wrapper.find('[data-testid="enrol-employee"]').trigger('click');
    await flushPromises();

    expect(wrapper.find('[data-testid="enrol-result"]').text()).toBe(
      'Deze collega is op hetzelfde moment al ingeschreven voor een andere sessie.',
    );
  });

  it('shows what enrolling a department will do and enrols only once that is confirmed', async () => {
    api.previewDepartmentEnrolment.mockResolvedValue({ registered: 5, waitlisted: 101, skipped: 0, freePlaces: 5 });
    api.enrolDepartment.mockResolvedValue({ registered: 5, waitlisted: 101, skipped: 0, freePlaces: 5 });
    const { wrapper } = await mountView();

    wrapper.findComponent(DepartmentSelect).vm.$emit('update:modelValue', departmentIds.beuk);
    await wrapper.find('[data-testid="enrol-department"]').trigger('click');
    await flushPromises();

    expect(api.enrolDepartment).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="bulk-result"]').text()).toBe(
      '5 vrije plaatsen, 106 collega’s: 5 ingeschreven, 101 op de wachtlijst. Doorgaan?',
    );
    const confirm = wrapper.find('[data-testid="enrol-department"]');
    expect(confirm.text()).toBe('Ja, 106 collega’s inschrijven');

    await confirm.trigger('click');
    await flushPromises();

    expect(api.enrolDepartment).toHaveBeenCalledWith(sessionId(1), {
      departmentId: departmentIds.beuk,
      includeSubdepartments: true,
    });
    expect(wrapper.find('[data-testid="bulk-result"]').text()).toBe(
      '5 ingeschreven, 101 op de wachtlijst, 0 overgeslagen.',
    );
  });

  it('asks again when the department changes after the counts were shown, and can be cancelled', async () => {
    api.previewDepartmentEnrolment.mockResolvedValue({ registered: 2, waitlisted: 0, skipped: 1, freePlaces: 4 });
    const { wrapper } = await mountView();

    wrapper.findComponent(DepartmentSelect).vm.$emit('update:modelValue', departmentIds.beuk);
    await wrapper.find('[data-testid="enrol-department"]').trigger('click');
    await flushPromises();
    await wrapper.find('[data-testid="bulk-enrol-cancel"]').trigger('click');

    expect(wrapper.find('[data-testid="enrol-department"]').text()).toBe('Afdeling inschrijven');
    wrapper.findComponent(DepartmentSelect).vm.$emit('update:modelValue', departmentIds.eik);
    await wrapper.find('[data-testid="enrol-department"]').trigger('click');
    await flushPromises();

    expect(api.previewDepartmentEnrolment).toHaveBeenCalledTimes(2);
    expect(api.enrolDepartment).not.toHaveBeenCalled();
  });

  it('warns that a colleague is already trained before enrolling her', async () => {
    api.previewEnrolment.mockResolvedValue({
      employeeId: enrolleeId(8),
      status: 'registered',
      position: null,
      alreadyTrained: true,
    });
    api.enrolEmployee.mockResolvedValue({ employeeId: enrolleeId(8), status: 'registered', position: null });
    const { wrapper } = await mountView();

    wrapper.findComponent(EmployeePicker).vm.$emit('update:modelValue', { id: enrolleeId(8), name: 'Hanna Hoek' });
    await flushPromises();

    expect(wrapper.find('[data-testid="enrol-trained-warning"]').text()).toBe(
      'Hanna Hoek heeft de training al gevolgd. Toch inschrijven?',
    );
    expect(api.enrolEmployee).not.toHaveBeenCalled();
    const submit = wrapper.find('[data-testid="enrol-employee"]');
    expect(submit.text()).toBe('Toch inschrijven');

    await submit.trigger('click');
    await flushPromises();

    expect(api.enrolEmployee).toHaveBeenCalledWith(sessionId(1), enrolleeId(8));
  });

  it('withdraws someone after asking, and names who moved up from the waitlist', async () => {
    api.cancelEnrolment.mockResolvedValue({ employeeId: enrolleeId(2), promotedEmployeeId: enrolleeId(3) });
    const { wrapper } = await mountView();

    await wrapper.find(`[data-testid="cancel-enrolment-${enrolleeId(2)}"]`).trigger('click');
    await flushPromises();
    expect(api.cancelEnrolment).not.toHaveBeenCalled();
    acceptConfirmation();
    await flushPromises();

    expect(api.cancelEnrolment).toHaveBeenCalledWith(sessionId(1), enrolleeId(2));
    expect(wrapper.find('[data-testid="cancel-enrolment-result"]').text()).toBe(
      'Ans Aalders is uitgeschreven. Cor Claassen schuift door van de wachtlijst.',
    );
  });

  it('cancels the session after asking', async () => {
    api.updateTrainingSession.mockResolvedValue(sessionDetail({ status: 'cancelled' }));
    const { wrapper } = await mountView();

    await wrapper.find('[data-testid="session-cancel-session"]').trigger('click');
    await flushPromises();
    acceptConfirmation();
    await flushPromises();

    expect(api.updateTrainingSession).toHaveBeenCalledWith(sessionId(1), { status: 'cancelled' }, false);
    expect(wrapper.find('[data-testid="session-status-cancelled"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="session-reopen"]').exists()).toBe(true);
  });

  it('tells the admin to cancel instead when a session with attendance cannot be deleted', async () => {
    api.deleteTrainingSession.mockRejectedValue(new ApiError({ status: 409, code: 'session_has_attendance' }));
    const { wrapper } = await mountView();

    await wrapper.find('[data-testid="session-delete"]').trigger('click');
    await flushPromises();
    acceptConfirmation();
    await flushPromises();

    expect(wrapper.find('[data-testid="session-action-error"]').text()).toContain('Annuleer de sessie');
  });

  it('shows an ambassador the session without enrolments or admin buttons', async () => {
    api.getTrainingSession.mockResolvedValue(sessionDetail({ myEnrolment: 'registered' }, null));
    const { wrapper } = await mountView('ambassador');

    expect(wrapper.find('[data-testid="session-details"]').text()).toContain('Bram Jansen');
    expect(wrapper.find('[data-testid="enrolments"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="session-edit"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="session-delete"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="session-ics"]').exists()).toBe(true);
  });

  it('offers the attendance list to the session’s trainer once it has started', async () => {
    api.getTrainingSession.mockResolvedValue(sessionDetail({ isTrainer: true }));
    const { wrapper } = await mountView('ambassador');

    expect(wrapper.find('[data-testid="session-attendance"]').attributes('href')).toBe(
      `/training/sessions/${sessionId(1)}/attendance`,
    );
    expect(wrapper.find('[data-testid="enrolments"]').exists()).toBe(true);
  });

  it('says when the session cannot be found', async () => {
    api.getTrainingSession.mockRejectedValue(new ApiError({ status: 404, code: 'not_found' }));
    const { wrapper } = await mountView();

    expect(wrapper.find('[data-testid="load-error"]').text()).toContain('Deze sessie kon niet worden geladen.');
  });
});
