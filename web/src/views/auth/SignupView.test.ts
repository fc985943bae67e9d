import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as authApi from '../../api/auth.ts';
import { ApiError } from '../../api/http.ts';
import { mountInApp } from '../../test/app.ts';
import SignupView from './SignupView.vue';

vi.mock('../../api/auth.ts');
const api = vi.mocked(authApi);

beforeEach(() => {
  vi.resetAllMocks();
});

afterEach(() => {
  document.body.innerHTML = '';
});

const weakPassword = () =>
  new ApiError({
    status: 422,
    code: 'weak_password',
    errors: [{ field: 'password', code: 'weak_password', message: 'This password is too easy to guess.' }],
    feedback: { warning: 'simpleRepeat', suggestions: ['anotherWord', 'someFutureKey'] },
  });

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountInApp>>['wrapper']) {
  await wrapper.find('#signup-organisation').setValue('Zorggroep Horizon');
  await wrapper.find('#signup-name').setValue('Anna de Vries');
  await wrapper.find('#signup-email').setValue('anna@horizon.nl');
  await wrapper.find('#signup-password').setValue('aaaaaaaaaaaa');
  await wrapper.find('form').trigger('submit');
  await flushPromises();
}

describe('SignupView', () => {
  it('says under the password field, in Dutch, that the password is easy to guess and why', async () => {
    api.signup.mockRejectedValue(weakPassword());
    const { wrapper, router } = await mountInApp(SignupView, { path: '/signup' });

    await fillAndSubmit(wrapper);

    expect(api.signup).toHaveBeenCalledOnce();
    const field = wrapper.find('#signup-password-error');
    expect(field.text()).toBe(
      'Dit wachtwoord is te makkelijk te raden. Herhaalde tekens zoals "aaa" zijn makkelijk te raden. ' +
        'Voeg meer woorden toe die minder vaak voorkomen.',
    );
    expect(router.currentRoute.value.name).toBe('signup');
  });

  it('says the same in English', async () => {
    api.signup.mockRejectedValue(weakPassword());
    const { wrapper, i18n } = await mountInApp(SignupView, { path: '/signup' });
    i18n.global.locale.value = 'en';

    await fillAndSubmit(wrapper);

    expect(wrapper.find('#signup-password-error').text()).toBe(
      'This password is too easy to guess. Repeated characters like "aaa" are easy to guess. ' +
        'Add more words that are less common.',
    );
  });
});
