import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as employeesApi from '../api/employees.ts';
import { ApiError } from '../api/http.ts';
import * as privacyApi from '../api/privacy.ts';
import { employee } from '../test/fixtures.ts';
import { useTestPinia } from '../test/pinia.ts';
import { useEmployeesStore } from './employees.ts';
import { usePrivacyStore } from './privacy.ts';

vi.mock('../api/employees.ts');
vi.mock('../api/privacy.ts');
const api = vi.mocked(privacyApi);

const erased = employee({ name: 'Verwijderde medewerker 6f1c2d3e', email: null, status: 'left' });

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
  vi.mocked(employeesApi.listEmployees).mockResolvedValue({ items: [employee()], total: 1, nextCursor: null });
});

describe('privacy store', () => {
  it('reloads the employees list after an erasure, so her old name is gone from it', async () => {
    const employees = useEmployeesStore();
    await employees.load();
    vi.mocked(employeesApi.listEmployees).mockResolvedValue({ items: [erased], total: 1, nextCursor: null });
    api.eraseEmployee.mockResolvedValue({
      employeeId: erased.id,
      name: erased.name,
      anonymised: {
        users: 0,
        ambassador: 0,
        statusNotes: 0,
        activityNotes: 0,
        feedbackTextAnswers: 0,
        findings: 0,
        notifications: 0,
        mails: 0,
      },
    });

    const result = await usePrivacyStore().erase(erased.id);

    expect(result.name).toBe(erased.name);
    expect(employees.items.map((e) => e.name)).toEqual([erased.name]);
  });

  it('passes a refusal on and is no longer busy afterwards', async () => {
    api.eraseEmployee.mockRejectedValue(new ApiError({ status: 409, code: 'active_ambassador' }));
    const store = usePrivacyStore();

    await expect(store.erase(erased.id)).rejects.toMatchObject({ code: 'active_ambassador' });
    expect(store.erasing).toBe(false);
  });
});
