import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http.ts';
import * as privacyApi from '../../api/privacy.ts';
import { mountInApp } from '../../test/app.ts';
import { employee, meFor } from '../../test/fixtures.ts';
import EmployeePrivacyActions from './EmployeePrivacyActions.vue';

vi.mock('../../api/privacy.ts');
const api = vi.mocked(privacyApi);

const ERASED = {
  employeeId: employee().id,
  name: 'Verwijderde medewerker 6f1c2d3e',
  anonymised: {
    users: 1,
    ambassador: 0,
    statusNotes: 0,
    activityNotes: 0,
    feedbackTextAnswers: 0,
    findings: 0,
    notifications: 0,
    mails: 0,
  },
};

const $ = (selector: string) => document.body.querySelector<HTMLElement>(selector);

async function mountActions() {
  const mounted = await mountInApp(EmployeePrivacyActions, {
    me: meFor('admin'),
    path: '/organisation/employees',
    mount: { props: { employee: employee() } },
  });
  await flushPromises();
  return mounted;
}

async function click(selector: string) {
  $(selector)!.click();
  await flushPromises();
}

beforeEach(() => {
  vi.resetAllMocks();
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('EmployeePrivacyActions', () => {
  it('saves her personal data under the file name the server gives', async () => {
    api.downloadPersonalData.mockResolvedValue({
      blob: new Blob(['{}'], { type: 'application/json' }),
      filename: 'personal-data-1030.json',
    });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:personal-data');
    URL.revokeObjectURL = vi.fn();
    await mountActions();

    await click('[data-testid="privacy-download"]');

    expect(api.downloadPersonalData).toHaveBeenCalledWith(employee().id);
    expect(clicked).toEqual(['personal-data-1030.json']);
  });

  it('says what erasing does and that it cannot be undone, and erases only once confirmed', async () => {
    api.eraseEmployee.mockResolvedValue(ERASED);
    const { wrapper } = await mountActions();

    await click('[data-testid="privacy-erase"]');
    const dialog = $('[data-testid="privacy-confirm"]')!;
    expect(dialog.textContent).toContain('Naam, e-mailadres');
    expect(dialog.textContent).toContain('kan niet ongedaan worden gemaakt');
    expect(api.eraseEmployee).not.toHaveBeenCalled();

    await click('[data-testid="privacy-confirm-erase"]');

    expect(api.eraseEmployee).toHaveBeenCalledWith(employee().id);
    expect(wrapper.emitted('erased')).toEqual([[ERASED]]);
    expect($('[data-testid="privacy-confirm"]')).toBeNull();
  });

  it('erases nothing when the confirmation is cancelled', async () => {
    const { wrapper } = await mountActions();

    await click('[data-testid="privacy-erase"]');
    await click('[data-testid="privacy-cancel"]');

    expect(api.eraseEmployee).not.toHaveBeenCalled();
    expect(wrapper.emitted('erased')).toBeUndefined();
  });

  it('explains the refusal of an active ambassador and keeps the dialog open', async () => {
    api.eraseEmployee.mockRejectedValue(
      new ApiError({ status: 409, code: 'active_ambassador', detail: 'She is an active ambassador' }),
    );
    const { wrapper } = await mountActions();

    await click('[data-testid="privacy-erase"]');
    await click('[data-testid="privacy-confirm-erase"]');

    expect($('[data-testid="privacy-refusal"]')!.textContent).toContain('actieve ambassadeur');
    expect($('[data-testid="privacy-confirm"]')).not.toBeNull();
    expect(wrapper.emitted('erased')).toBeUndefined();
  });
});
