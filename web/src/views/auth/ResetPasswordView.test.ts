import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as authApi from '../../api/auth.ts';
import { ApiError } from '../../api/http.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import ResetPasswordView from './ResetPasswordView.vue';

vi.mock('../../api/auth.ts');
const api = vi.mocked(authApi);
const token = 'Zr2mXc7LpT1vWbN8sD3e4kq9';
const password = 'mijn nieuwe lange wachtwoord';

beforeEach(() => {
  vi.resetAllMocks();
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function choose(first: string, second: string, path = `/reset-password?token=${token}`) {
  const mounted = await mountInApp(ResetPasswordView, { path });
  await mounted.wrapper.find('#reset-password').setValue(first);
  await mounted.wrapper.find('#reset-password-repeat').setValue(second);
  await mounted.wrapper.find('form').trigger('submit');
  await flushPromises();
  return mounted;
}

describe('ResetPasswordView', () => {
  it('sets the new password with the token, logs in and goes home', async () => {
    const me = meFor('ambassador');
    api.resetPassword.mockResolvedValue({ accessToken: 'fresh', user: me.user, organisation: me.organisation });
    api.getMe.mockResolvedValue(me);
    const { router, auth } = await choose(password, password);

    expect(api.resetPassword).toHaveBeenCalledWith({ token, password });
    expect(auth.accessToken).toBe('fresh');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('my-overview'), { timeout: 10_000 });
  });

  it('asks again when the two passwords differ, without sending', async () => {
    const { wrapper } = await choose(password, `${password}!`);

    expect(api.resetPassword).not.toHaveBeenCalled();
    expect(wrapper.find('#reset-password-repeat-error').text()).toBe('De twee wachtwoorden zijn niet hetzelfde.');
  });

  it('says why a password was refused as easy to guess', async () => {
    api.resetPassword.mockRejectedValue(
      new ApiError({
        status: 422,
        code: 'weak_password',
        errors: [{ field: 'password', code: 'weak_password', message: 'Too easy' }],
        feedback: { warning: null, suggestions: ['anotherWord'] },
      }),
    );
    const { wrapper } = await choose('aaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaa');

    expect(wrapper.find('#reset-password-error').text()).toBe(
      'Dit wachtwoord is te makkelijk te raden. Voeg meer woorden toe die minder vaak voorkomen.',
    );
    expect(wrapper.find('form').exists()).toBe(true);
  });

  it('explains a used or expired link and offers to ask for a new one', async () => {
    api.resetPassword.mockRejectedValue(new ApiError({ status: 410, code: 'reset_token_invalid' }));
    const { wrapper } = await choose(password, password);

    const invalid = wrapper.find('[data-testid="reset-invalid"]');
    expect(invalid.text()).toContain('Deze link werkt niet meer');
    expect(invalid.text()).toContain('Een link werkt 60 minuten en maar één keer.');
    expect(wrapper.find('[data-testid="reset-ask-again"]').attributes('href')).toBe('/forgot-password');
    expect(wrapper.find('form').exists()).toBe(false);
  });

  it('treats a refusal of the token field as a dead link too', async () => {
    api.resetPassword.mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation_failed',
        errors: [{ field: '/body/token', code: 'minLength', message: 'too short' }],
      }),
    );
    const { wrapper } = await choose(password, password, '/reset-password?token=abc');

    expect(wrapper.find('[data-testid="reset-invalid"]').exists()).toBe(true);
  });

  it('shows no form for a link without a token', async () => {
    const { wrapper } = await mountInApp(ResetPasswordView, { path: '/reset-password' });

    expect(wrapper.find('[data-testid="reset-invalid"]').text()).toContain('In deze link zit geen code.');
    expect(wrapper.find('form').exists()).toBe(false);
  });
});
