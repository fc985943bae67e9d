import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as authApi from '../../api/auth.ts';
import { ApiError } from '../../api/http.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor, organisation } from '../../test/fixtures.ts';
import AcceptInviteView from './AcceptInviteView.vue';

vi.mock('../../api/auth.ts');
const api = vi.mocked(authApi);
const token = 'Zr2mXc7LpT1vWbN8sD3e4kq9';

beforeEach(() => {
  vi.resetAllMocks();
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('AcceptInviteView', () => {
  it('shows who is invited to which organisation, then logs in with the new password', async () => {
    api.getInvite.mockResolvedValue({
      email: 'hr@horizon.nl',
      name: 'Henk Willems',
      role: 'hr',
      organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug },
      expiresAt: '2030-03-08T10:00:00.000Z',
    });
    api.acceptInvite.mockResolvedValue({
      accessToken: 't',
      user: meFor('hr').user,
      organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug },
    });
    api.getMe.mockResolvedValue(meFor('hr'));
    const { wrapper, router } = await mountInApp(AcceptInviteView, { path: `/invite/${token}` });
    await flushPromises();

    expect(api.getInvite).toHaveBeenCalledWith(token);
    expect(wrapper.text()).toContain('Je bent uitgenodigd voor het ambassadeursprogramma van Zorggroep Horizon.');
    expect(wrapper.find('dl').text()).toContain('Henk Willems');
    expect(wrapper.find('dl').text()).toContain('HR');

    await wrapper.find('#invite-password').setValue('mijn eigen lange wachtwoord');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(api.acceptInvite).toHaveBeenCalledWith({ token, password: 'mijn eigen lange wachtwoord' });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('dashboard'), { timeout: 10_000 });
  });

  it('keeps the form and says under the password field why a password was refused as easy to guess', async () => {
    api.getInvite.mockResolvedValue({
      email: 'hr@horizon.nl',
      name: 'Henk Willems',
      role: 'hr',
      organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug },
      expiresAt: '2030-03-08T10:00:00.000Z',
    });
    api.acceptInvite.mockRejectedValue(
      new ApiError({
        status: 422,
        code: 'weak_password',
        errors: [{ field: 'password', code: 'weak_password', message: 'This password is too easy to guess.' }],
        feedback: { warning: 'userInputs', suggestions: ['anotherWord'] },
      }),
    );
    const { wrapper, router } = await mountInApp(AcceptInviteView, { path: `/invite/${token}` });
    await flushPromises();

    await wrapper.find('#invite-password').setValue('henk willems horizon');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(wrapper.find('#invite-password-error').text()).toBe(
      'Dit wachtwoord is te makkelijk te raden. Gebruik je naam, e-mailadres of organisatie niet in je wachtwoord. ' +
        'Voeg meer woorden toe die minder vaak voorkomen.',
    );
    expect(wrapper.find('form').exists()).toBe(true);
    expect(router.currentRoute.value.path).toBe(`/invite/${token}`);
  });

  it('reads the token from the query string as well', async () => {
    api.getInvite.mockRejectedValue(new ApiError({ status: 410, code: 'invite_invalid' }));
    await mountInApp(AcceptInviteView, { path: `/accept-invite?token=${token}` });
    await flushPromises();

    expect(api.getInvite).toHaveBeenCalledWith(token);
  });

  it('explains that a used or expired link no longer works', async () => {
    api.getInvite.mockRejectedValue(new ApiError({ status: 410, code: 'invite_invalid' }));
    const { wrapper } = await mountInApp(AcceptInviteView, { path: `/invite/${token}` });
    await flushPromises();

    expect(wrapper.find('[data-testid="invite-invalid"]').text()).toContain('Deze uitnodiging werkt niet meer');
    expect(wrapper.find('form').exists()).toBe(false);
  });
});
