import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as authApi from '../../api/auth.ts';
import { ApiError } from '../../api/http.ts';
import { mountInApp } from '../../test/app.ts';
import ForgotPasswordView from './ForgotPasswordView.vue';
import LoginView from './LoginView.vue';

vi.mock('../../api/auth.ts');
const api = vi.mocked(authApi);

beforeEach(() => {
  vi.resetAllMocks();
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function ask(email: string) {
  const mounted = await mountInApp(ForgotPasswordView, { path: '/forgot-password' });
  await mounted.wrapper.find('#forgot-email').setValue(email);
  await mounted.wrapper.find('form').trigger('submit');
  await flushPromises();
  return mounted;
}

describe('ForgotPasswordView', () => {
  it('is offered on the login page', async () => {
    const { wrapper } = await mountInApp(LoginView, { path: '/login' });
    const link = wrapper.findAll('a').find((each) => each.text() === 'Wachtwoord vergeten?');
    expect(link?.attributes('href')).toBe('/forgot-password');
  });

  it('asks for a link and says where it went, with how long it works', async () => {
    api.forgotPassword.mockResolvedValue(undefined);
    const { wrapper } = await ask('  anna@horizon.nl ');

    expect(api.forgotPassword).toHaveBeenCalledWith({ email: 'anna@horizon.nl' });
    const sent = wrapper.find('[data-testid="forgot-sent"]');
    expect(sent.text()).toContain('Kijk in je mailbox');
    expect(sent.text()).toContain('Hoort er een account bij anna@horizon.nl?');
    expect(sent.text()).toContain('De link werkt 60 minuten.');
    expect(document.activeElement).toBe(sent.element);
  });

  it('answers a refusal of the server with the same confirmation, so nobody learns which addresses exist', async () => {
    api.forgotPassword.mockRejectedValue(new ApiError({ status: 404, code: 'not_found' }));
    const { wrapper } = await ask('onbekend@horizon.nl');

    expect(wrapper.find('[data-testid="forgot-sent"]').text()).toContain(
      'Hoort er een account bij onbekend@horizon.nl?',
    );
    expect(wrapper.find('[data-testid="form-error"]').exists()).toBe(false);
  });

  it('keeps the form with a message when the request never reached the server', async () => {
    api.forgotPassword.mockRejectedValue(new ApiError({ status: 0, code: 'network_error' }));
    const { wrapper } = await ask('anna@horizon.nl');

    expect(wrapper.find('[data-testid="forgot-sent"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="form-error"]').exists()).toBe(true);
  });

  it('checks the address before sending anything', async () => {
    const { wrapper } = await ask('anna');

    expect(api.forgotPassword).not.toHaveBeenCalled();
    expect(wrapper.find('#forgot-email-error').text()).toBe('Vul een geldig e-mailadres in.');
  });

  it('lets her try another address', async () => {
    api.forgotPassword.mockResolvedValue(undefined);
    const { wrapper } = await ask('anna@horizon.nl');
    await wrapper.find('[data-testid="forgot-again"]').trigger('click');

    expect((wrapper.find('#forgot-email').element as HTMLInputElement).value).toBe('');
  });
});
