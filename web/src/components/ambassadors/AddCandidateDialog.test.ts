import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../../api/ambassadors.ts';
import * as employeesApi from '../../api/employees.ts';
import { ApiError } from '../../api/http.ts';
import { mountInApp } from '../../test/app.ts';
import { ambassador, ambassadorDetail, employee, meFor } from '../../test/fixtures.ts';
import AddCandidateDialog from './AddCandidateDialog.vue';

vi.mock('../../api/ambassadors.ts');
vi.mock('../../api/employees.ts');
const api = vi.mocked(ambassadorsApi);
const employees = vi.mocked(employeesApi);

beforeEach(() => {
  vi.resetAllMocks();
  employees.listEmployees.mockResolvedValue({ items: [employee()], total: 1, nextCursor: null });
  api.listAmbassadors.mockResolvedValue({ items: [ambassador()], total: 1, nextCursor: null });
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function openDialog() {
  const mounted = await mountInApp(AddCandidateDialog, {
    me: meFor('admin'),
    path: '/ambassadors',
    mount: { props: { visible: true } },
  });
  await flushPromises();
  return mounted;
}

/** Types into the employee search and picks the first answer, as a user would. */
async function chooseEmployee(text: string) {
  const input = document.querySelector<HTMLInputElement>('#candidate-employee')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await vi.waitFor(() => expect(document.querySelector('[role="option"]')).not.toBeNull(), { timeout: 2000 });
  document.querySelector<HTMLElement>('[role="option"]')!.click();
  await flushPromises();
}

describe('AddCandidateDialog', () => {
  it('searches employees who are not an ambassador yet and adds the chosen one as a candidate', async () => {
    api.createAmbassador.mockResolvedValue(ambassadorDetail());
    const { wrapper } = await openDialog();

    await chooseEmployee('sche');
    expect(employees.listEmployees).toHaveBeenCalledWith(
      expect.objectContaining({ q: 'sche', isAmbassador: false, status: 'active' }),
      expect.any(AbortSignal),
    );
    document.querySelector<HTMLInputElement>('#candidate-source-self')!.click();
    document.querySelector<HTMLInputElement>('#candidate-role-trainer')!.click();
    const motivation = document.querySelector<HTMLTextAreaElement>('#candidate-motivation')!;
    motivation.value = 'Wil graag collega’s helpen';
    motivation.dispatchEvent(new Event('input'));
    document.querySelector<HTMLFormElement>('[data-testid="add-candidate-form"]')!.requestSubmit();
    await flushPromises();

    expect(api.createAmbassador).toHaveBeenCalledWith({
      employeeId: employee().id,
      source: 'self',
      roles: ['trainer'],
      motivation: 'Wil graag collega’s helpen',
    });
    expect(wrapper.emitted('created')).toHaveLength(1);
  });

  it('asks for an employee before sending anything', async () => {
    await openDialog();

    document.querySelector<HTMLFormElement>('[data-testid="add-candidate-form"]')!.requestSubmit();
    await flushPromises();

    expect(api.createAmbassador).not.toHaveBeenCalled();
    expect(document.querySelector('[data-testid="candidate-employee-error"]')!.textContent).toContain(
      'Kies een medewerker uit de lijst.',
    );
  });

  it('says next to the field that the employee already is an ambassador', async () => {
    api.createAmbassador.mockRejectedValue(new ApiError({ status: 409, code: 'already_ambassador' }));
    await openDialog();

    await chooseEmployee('sche');
    document.querySelector<HTMLFormElement>('[data-testid="add-candidate-form"]')!.requestSubmit();
    await flushPromises();

    expect(document.querySelector('[data-testid="candidate-employee-error"]')!.textContent).toContain(
      'Deze medewerker is al ambassadeur of kandidaat',
    );
  });
});
