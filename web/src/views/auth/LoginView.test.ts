import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as authApi from '../../api/auth.ts';
import { ApiError } from '../../api/http.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import LoginView from './LoginView.vue';

vi.mock('../../api/auth.ts');
const api = vi.mocked(authApi);

beforeEach(() => {
  vi.resetAllMocks();
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function fillAndSubmit(
  wrapper: Awaited<ReturnType<typeof mountInApp>>['wrapper'],
  email: string,
  password: string,
) {
  await wrapper.find('#login-email').setValue(email);
  await wrapper.find('#login-password').setValue(password);
  await wrapper.find('form').trigger('submit');
  await flushPromises();
}

describe('LoginView', () => {
  it('shows the Dutch message for invalid_credentials and stays on the page', async () => {
    api.login.mockRejectedValue(new ApiError({ status: 401, code: 'invalid_credentials' }));
    const { wrapper, router } = await mountInApp(LoginView, { path: '/login' });

    await fillAndSubmit(wrapper, 'anna@horizon.nl', 'not the password');

    expect(wrapper.find('[data-testid="form-error"]').text()).toBe(
      'Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.',
    );
    expect(router.currentRoute.value.name).toBe('login');
  });

  it('says how long to wait when login is rate limited', async () => {
    api.login.mockRejectedValue(new ApiError({ status: 429, code: 'rate_limited', retryAfter: 30 }));
    const { wrapper } = await mountInApp(LoginView, { path: '/login' });

    await fillAndSubmit(wrapper, 'anna@horizon.nl', 'whatever');

    expect(wrapper.find('[data-testid="form-error"]').text()).toContain('Probeer het over 30 seconden opnieuw.');
  });

  it('marks empty fields next to the field without calling the server', async () => {
    const { wrapper } = await mountInApp(LoginView, { path: '/login' });

    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(wrapper.find('[data-testid="login-email-error"]').text()).toBe('Vul dit veld in.');
    expect(wrapper.find('#login-email').attributes('aria-describedby')).toBe('login-email-error');
    expect(wrapper.find('#login-email').attributes('aria-invalid')).toBe('true');
    expect(api.login).not.toHaveBeenCalled();
  });

  it('goes to the page the user came for after logging in', async () => {
    api.login.mockResolvedValue({
      accessToken: 't',
      user: meFor('admin').user,
      organisation: { id: meFor('admin').organisation.id, name: 'Horizon', slug: 'horizon' },
    });
    api.getMe.mockResolvedValue(meFor('admin'));
    const { wrapper, router } = await mountInApp(LoginView, { path: '/login?redirect=/settings/users' });

    await fillAndSubmit(wrapper, 'anna@horizon.nl', 'the right password');

    // The target view is loaded lazily, so the navigation finishes after the click's promises.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/settings/users'), { timeout: 10_000 });
  });

  it('ignores a redirect to another site', async () => {
    api.login.mockResolvedValue({
      accessToken: 't',
      user: meFor('hr').user,
      organisation: { id: meFor('hr').organisation.id, name: 'Horizon', slug: 'horizon' },
    });
    api.getMe.mockResolvedValue(meFor('hr'));
    const { wrapper, router } = await mountInApp(LoginView, { path: '/login?redirect=//evil.example/' });

    await fillAndSubmit(wrapper, 'hr@horizon.nl', 'the right password');

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('dashboard'), { timeout: 10_000 });
  });
});
