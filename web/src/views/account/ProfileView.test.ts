import type { Preferences } from '@ambassador/shared';
import { flushPromises } from '@vue/test-utils';
import ToastRegion from '../../components/common/ToastRegion.vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as accountApi from '../../api/account.ts';
import { ApiError } from '../../api/http.ts';
import { LOCALE_STORAGE_KEY } from '../../i18n/index.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import { chooseOption } from '../../test/select.ts';
import ProfileView from './ProfileView.vue';

vi.mock('../../api/account.ts');
const api = vi.mocked(accountApi);

function preferences(overrides: Partial<Preferences> = {}): Preferences {
  return {
    name: 'Anna de Vries',
    locale: 'nl',
    email: { invitation: 'immediate', password_reset: 'immediate', round_opened: 'digest', enrolment: 'immediate' },
    ...overrides,
  };
}

/** Unmounted after each test: a ToastRegion left mounted would show the next test's messages too. */
let unmount: (() => void) | null = null;

async function openProfile(role: 'admin' | 'ambassador' = 'ambassador') {
  const mounted = await mountInApp(
    { components: { ProfileView, ToastRegion }, template: '<ProfileView /><ToastRegion />' },
    { me: meFor(role), path: '/profile' },
  );
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

beforeEach(() => {
  vi.resetAllMocks();
  api.getPreferences.mockResolvedValue(preferences());
});

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
  localStorage.removeItem(LOCALE_STORAGE_KEY);
});

describe('ProfileView', () => {
  it('saves a new name, which the top bar shows at once', async () => {
    api.updatePreferences.mockResolvedValue(preferences({ name: 'Anna van Dijk' }));
    const { wrapper, auth } = await openProfile();

    expect((wrapper.find('#profile-name').element as HTMLInputElement).value).toBe('Anna de Vries');
    await wrapper.find('#profile-name').setValue(' Anna van Dijk ');
    await wrapper.find('[data-testid="profile-details-form"]').trigger('submit');
    await flushPromises();

    expect(api.updatePreferences).toHaveBeenCalledWith({ name: 'Anna van Dijk' });
    expect(auth.user?.name).toBe('Anna van Dijk');
  });

  it('switches the app to the language she saves', async () => {
    api.updatePreferences.mockResolvedValue(preferences({ locale: 'en' }));
    const { wrapper, i18n } = await openProfile();

    await chooseOption(wrapper.get('select#profile-locale'), 'English');
    await flushPromises();
    await wrapper.find('[data-testid="profile-details-form"]').trigger('submit');
    await flushPromises();

    expect(api.updatePreferences).toHaveBeenCalledWith({ locale: 'en' });
    expect(i18n.global.locale.value).toBe('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
  });

  it('says so when nothing changed instead of saving', async () => {
    const { wrapper } = await openProfile();
    await wrapper.find('[data-testid="profile-details-form"]').trigger('submit');
    await flushPromises();

    expect(api.updatePreferences).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="profile-details-form"]').text()).toContain('Er is niets veranderd.');
  });

  it('changes the password with the current one and clears the fields', async () => {
    api.changePassword.mockResolvedValue(undefined);
    const { wrapper } = await openProfile();

    await wrapper.find('#profile-current-password').setValue('het oude lange wachtwoord');
    await wrapper.find('#profile-new-password').setValue('een nieuw lang wachtwoord');
    await wrapper.find('#profile-new-password-repeat').setValue('een nieuw lang wachtwoord');
    await wrapper.find('[data-testid="change-password-form"]').trigger('submit');
    await flushPromises();

    expect(api.changePassword).toHaveBeenCalledWith({
      currentPassword: 'het oude lange wachtwoord',
      newPassword: 'een nieuw lang wachtwoord',
    });
    expect((wrapper.find('#profile-current-password').element as HTMLInputElement).value).toBe('');
  });

  it.each([
    ['its own code', new ApiError({ status: 422, code: 'current_password_incorrect' })],
    [
      'a field error',
      new ApiError({
        status: 400,
        code: 'validation_failed',
        errors: [{ field: '/body/currentPassword', code: 'minLength', message: 'too short' }],
      }),
    ],
  ])('puts the server’s refusal of the current password (%s) next to that field', async (_label, refusal) => {
    api.changePassword.mockRejectedValue(refusal);
    const { wrapper } = await openProfile();

    await wrapper.find('#profile-current-password').setValue('niet het goede wachtwoord');
    await wrapper.find('#profile-new-password').setValue('een nieuw lang wachtwoord');
    await wrapper.find('#profile-new-password-repeat').setValue('een nieuw lang wachtwoord');
    await wrapper.find('[data-testid="change-password-form"]').trigger('submit');
    await flushPromises();

    expect(wrapper.find('#profile-current-password-error').text()).toBe('Dit is niet je huidige wachtwoord.');
    expect(wrapper.find('[data-testid="change-password-form"] [data-testid="form-error"]').exists()).toBe(false);
  });

  it('puts a too easy new password’s reason next to the new password', async () => {
    api.changePassword.mockRejectedValue(
      new ApiError({
        status: 422,
        code: 'weak_password',
        errors: [{ field: 'newPassword', code: 'weak_password', message: 'Too easy' }],
        feedback: { warning: null, suggestions: [] },
      }),
    );
    const { wrapper } = await openProfile();

    await wrapper.find('#profile-current-password').setValue('het oude lange wachtwoord');
    await wrapper.find('#profile-new-password').setValue('aaaaaaaaaaaaaaa');
    await wrapper.find('#profile-new-password-repeat').setValue('aaaaaaaaaaaaaaa');
    await wrapper.find('[data-testid="change-password-form"]').trigger('submit');
    await flushPromises();

    expect(wrapper.find('#profile-new-password-error').text()).toBe('Dit wachtwoord is te makkelijk te raden.');
  });

  it('shows security mails as always on and saves only the kinds that changed', async () => {
    api.updatePreferences.mockResolvedValue(preferences({ email: { round_opened: 'off' } }));
    const { wrapper } = await openProfile();

    const invitation = wrapper.find('[data-testid="email-pref-invitation"]');
    expect(invitation.text()).toContain('Altijd meteen');
    expect(invitation.find('input').exists()).toBe(false);
    expect(wrapper.find('[data-testid="email-pref-admin_digest"]').exists()).toBe(false);
    expect((wrapper.find('[data-testid="email-pref-round_opened-digest"]').element as HTMLInputElement).checked).toBe(
      true,
    );

    await wrapper.find('[data-testid="email-pref-round_opened-off"]').setValue(true);
    await wrapper.find('[data-testid="email-preferences-form"]').trigger('submit');
    await flushPromises();

    expect(api.updatePreferences).toHaveBeenCalledWith({ email: { round_opened: 'off' } });
    expect(document.body.textContent).toContain('Je e-mailvoorkeuren zijn opgeslagen.');
  });

  it('offers admins their weekly digest, on or off', async () => {
    const { wrapper } = await openProfile('admin');

    const digest = wrapper.find('[data-testid="email-pref-admin_digest"]');
    expect(digest.findAll('input').map((input) => (input.element as HTMLInputElement).value)).toEqual([
      'immediate',
      'off',
    ]);
  });

  it('offers to try again when the profile cannot be loaded', async () => {
    api.getPreferences.mockRejectedValue(new ApiError({ status: 0, code: 'network_error' }));
    const { wrapper } = await openProfile();

    expect(wrapper.find('[data-testid="load-error"]').text()).toContain('Je profiel kon niet worden geladen.');
    api.getPreferences.mockResolvedValue(preferences());
    await wrapper.find('[data-testid="load-error"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('#profile-name').exists()).toBe(true);
  });
});
