import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as authApi from '../../api/auth.ts';
import { ApiError } from '../../api/http.ts';
import { navigateAway } from '../../lib/navigateAway.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import LoginView from './LoginView.vue';

vi.mock('../../api/auth.ts');
vi.mock('../../lib/navigateAway.ts');
const api = vi.mocked(authApi);

beforeEach(() => {
  vi.resetAllMocks();
  api.startSso.mockResolvedValue({ sso: false });
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
  await wrapper.find('form').trigger('submit');
  await flushPromises();
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
    expect(wrapper.find('#login-email').attributes('aria-describedby')).toBe('login-email-hint login-email-error');
    expect(wrapper.find('#login-email').attributes('aria-invalid')).toBe('true');
    expect(api.login).not.toHaveBeenCalled();
    expect(api.startSso).not.toHaveBeenCalled();
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

  it('asks for the e-mail address first and a password only when the organisation has no single sign-on', async () => {
    const { wrapper } = await mountInApp(LoginView, { path: '/login' });
    expect(wrapper.find('#login-password').exists()).toBe(false);
    expect(wrapper.find('[data-testid="login-submit"]').text()).toBe('Verder');

    await wrapper.find('#login-email').setValue('anna@horizon.nl');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(api.startSso).toHaveBeenCalledWith('anna@horizon.nl');
    expect(wrapper.find('#login-password').exists()).toBe(true);
    expect(document.activeElement?.id).toBe('login-password');
    expect(wrapper.find('[data-testid="login-submit"]').text()).toBe('Inloggen');
    expect(navigateAway).not.toHaveBeenCalled();

    // Another address may log in another way: the password step goes until it is asked again.
    await wrapper.find('#login-email').setValue('bob@elders.nl');
    expect(wrapper.find('#login-password').exists()).toBe(false);
  });

  it('lets someone skip single sign-on and use her password (an admin whose provider fails)', async () => {
    api.login.mockResolvedValue({
      accessToken: 't',
      user: meFor('admin').user,
      organisation: { id: meFor('admin').organisation.id, name: 'Horizon', slug: 'horizon' },
    });
    api.getMe.mockResolvedValue(meFor('admin'));
    const { wrapper } = await mountInApp(LoginView, { path: '/login?sso_error=provider_error' });
    await wrapper.find('#login-email').setValue('anna@horizon.nl');
    await wrapper.find('[data-testid="login-use-password"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('#login-password').exists()).toBe(true);
    expect(document.activeElement?.id).toBe('login-password');

    await wrapper.find('#login-password').setValue('the right password');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(api.startSso).not.toHaveBeenCalled();
    expect(api.login).toHaveBeenCalledWith({ email: 'anna@horizon.nl', password: 'the right password' });
  });

  it("sends an address with single sign-on to its organisation's login page", async () => {
    api.startSso.mockResolvedValue({ sso: true, redirectUrl: 'https://login.example/authorize?x=1' });
    const { wrapper } = await mountInApp(LoginView, { path: '/login' });

    await wrapper.find('#login-email').setValue('anna@zorg.nl');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(navigateAway).toHaveBeenCalledWith('https://login.example/authorize?x=1');
    expect(wrapper.find('#login-password').exists()).toBe(false);
    expect(wrapper.text()).toContain('Je gaat naar de inlogpagina van je organisatie');
    expect(api.login).not.toHaveBeenCalled();
  });

  it('falls back to the password when the identity provider cannot be reached', async () => {
    api.startSso.mockRejectedValue(new ApiError({ status: 502, code: 'sso_provider_unavailable' }));
    const { wrapper } = await mountInApp(LoginView, { path: '/login' });

    await wrapper.find('#login-email').setValue('anna@zorg.nl');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(wrapper.find('[data-testid="form-error"]').text()).toContain('niet bereikbaar');
    expect(wrapper.find('#login-password').exists()).toBe(true);
  });

  it('shows a single sign-on error code from the callback in words', async () => {
    const { wrapper } = await mountInApp(LoginView, { path: '/login?sso_error=domain_not_allowed' });
    expect(wrapper.find('[data-testid="sso-error"]').text()).toBe(
      'Met dit e-mailadres kun je niet centraal inloggen bij deze organisatie. Log in met het account van je werk.',
    );
    const unknown = await mountInApp(LoginView, { path: '/login?sso_error=something_new' });
    expect(unknown.wrapper.find('[data-testid="sso-error"]').text()).toBe(
      'Inloggen via je organisatie is niet gelukt. Probeer het opnieuw.',
    );
  });

  it('says why password login is refused when the organisation switched it off', async () => {
    api.login.mockRejectedValue(new ApiError({ status: 403, code: 'password_login_disabled' }));
    const { wrapper } = await mountInApp(LoginView, { path: '/login' });

    await fillAndSubmit(wrapper, 'anna@horizon.nl', 'the right password');

    expect(wrapper.find('[data-testid="form-error"]').text()).toContain('centrale login');
  });

  it('turns the refresh cookie from the callback into a session and goes into the app', async () => {
    api.refreshAccessToken.mockResolvedValue('fresh-token');
    api.getMe.mockResolvedValue(meFor('admin'));
    const { router } = await mountInApp(LoginView, { path: '/login?sso=done' });

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('dashboard'), { timeout: 10_000 });
    expect(api.refreshAccessToken).toHaveBeenCalled();
    expect(api.markSession).toHaveBeenCalledWith(true);
  });

  it('says so when the session from the callback cannot be started', async () => {
    api.refreshAccessToken.mockRejectedValue(new ApiError({ status: 401, code: 'invalid_refresh_token' }));
    const { wrapper, router } = await mountInApp(LoginView, { path: '/login?sso=done' });

    await vi.waitFor(() => expect(router.currentRoute.value.query.sso_error).toBe('login_failed'));
    await flushPromises();
    expect(wrapper.find('[data-testid="sso-error"]').exists()).toBe(true);
  });
});
