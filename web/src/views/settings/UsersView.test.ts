import { flushPromises } from '@vue/test-utils';
import ConfirmRegion from '../../components/common/ConfirmRegion.vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http.ts';
import * as usersApi from '../../api/users.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor, userItem } from '../../test/fixtures.ts';
import UsersView from './UsersView.vue';

vi.mock('../../api/users.ts');
const api = vi.mocked(usersApi);

const admin = meFor('admin');
const inviteUrl = 'https://ambassador.example/invite/4kq9Zr2mXc7LpT1vWbN8sD3e';

function $(selector: string): HTMLElement | null {
  return document.body.querySelector(selector);
}

function setInput(selector: string, value: string): void {
  const input = $(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function openDialogAndInvite() {
  const { wrapper } = await mountInApp(UsersView, { me: admin, path: '/settings/users' });
  await flushPromises();
  await wrapper.find('[data-testid="invite-open"]').trigger('click');
  await flushPromises();
  setInput('#invite-name', 'Cor Bakker');
  setInput('#invite-email', 'cor@horizon.nl');
  ($('#invite-role-hr') as HTMLInputElement).click();
  await flushPromises();
  $('[data-testid="invite-form"]')!.dispatchEvent(new Event('submit'));
  await flushPromises();
  return wrapper;
}

beforeEach(() => {
  vi.resetAllMocks();
  api.listUsers.mockResolvedValue({
    items: [userItem({ id: admin.user.id, name: admin.user.name, role: 'admin' }), userItem()],
    total: 2,
    nextCursor: null,
  });
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('UsersView', () => {
  it('shows the invite link, ready to copy, after inviting a user', async () => {
    api.inviteUser.mockResolvedValue({
      user: userItem({ id: '6f1c2d3e-0000-4000-8000-0000000000c1', name: 'Cor Bakker', status: 'invited' }),
      inviteUrl,
      expiresAt: '2030-03-08T10:00:00.000Z',
    });
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });

    await openDialogAndInvite();

    expect(api.inviteUser).toHaveBeenCalledWith({ name: 'Cor Bakker', email: 'cor@horizon.nl', role: 'hr' });
    const link = $('[data-testid="invite-url"]') as HTMLInputElement;
    expect(link.value).toBe(inviteUrl);
    expect(link.readOnly).toBe(true);
    // 10:00 UTC is 11:00 in the organisation's time zone (Europe/Amsterdam, winter time).
    expect($('[data-testid="invite-result"]')!.textContent).toContain('De link is geldig tot 8 mrt 2030, 11:00.');

    $('[data-testid="invite-copy"]')!.click();
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(inviteUrl);
    expect($('[data-testid="invite-copied"]')!.textContent).toContain('De link staat op het klembord.');
  });

  it('selects the link for manual copying when the clipboard is not available', async () => {
    api.inviteUser.mockResolvedValue({
      user: userItem({ name: 'Cor Bakker', status: 'invited' }),
      inviteUrl,
      expiresAt: '2030-03-08T10:00:00.000Z',
    });
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });

    await openDialogAndInvite();
    $('[data-testid="invite-copy"]')!.click();
    await flushPromises();

    expect($('[data-testid="invite-copy-failed"]')!.textContent).toContain('Selecteer de link');
    expect(document.activeElement).toBe($('[data-testid="invite-url"]'));
  });

  it('shows email_taken next to the email field', async () => {
    api.inviteUser.mockRejectedValue(new ApiError({ status: 409, code: 'email_taken' }));

    await openDialogAndInvite();

    expect($('[data-testid="invite-email-error"]')!.textContent).toContain('Dit e-mailadres is al in gebruik.');
    expect($('[data-testid="invite-url"]')).toBeNull();
  });

  it('does not let admins deactivate themselves', async () => {
    const { wrapper } = await mountInApp(UsersView, { me: admin, path: '/settings/users' });
    await flushPromises();

    expect(wrapper.find(`[data-testid="deactivate-${admin.user.id}"]`).attributes('disabled')).toBeDefined();
    expect(wrapper.find(`[data-testid="deactivate-${userItem().id}"]`).attributes('disabled')).toBeUndefined();
  });

  it('asks once before deactivating and then shows the new status', async () => {
    api.updateUser.mockResolvedValue(userItem({ status: 'deactivated' }));
    const { wrapper } = await mountInApp(
      { components: { UsersView, ConfirmRegion }, template: '<UsersView /><ConfirmRegion />' },
      { me: admin, path: '/settings/users' },
    );
    await flushPromises();

    await wrapper.find(`[data-testid="deactivate-${userItem().id}"]`).trigger('click');
    await flushPromises();
    expect(api.updateUser).not.toHaveBeenCalled();
    const dialog = document.body.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('Bram Jansen kan daarna niet meer inloggen.');
    const accept = [...dialog.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Deactiveren',
    );
    accept!.click();
    await flushPromises();

    expect(api.updateUser).toHaveBeenCalledWith(userItem().id, { active: false });
    expect(wrapper.find(`[data-testid="reactivate-${userItem().id}"]`).exists()).toBe(true);
  });

  it('shows an error with a retry when the list cannot be loaded', async () => {
    api.listUsers.mockRejectedValueOnce(new ApiError({ status: 503, code: 'database_unavailable' }));
    const { wrapper } = await mountInApp(UsersView, { me: admin, path: '/settings/users' });
    await flushPromises();

    expect(wrapper.find('[data-testid="load-error"]').text()).toContain('De database is tijdelijk niet bereikbaar.');
    await wrapper.find('[data-testid="load-error"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="load-error"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="users-table"]').exists()).toBe(true);
  });

  it('says so when a search finds nobody', async () => {
    vi.useFakeTimers();
    const { wrapper } = await mountInApp(UsersView, { me: admin, path: '/settings/users' });
    await vi.runAllTimersAsync();
    api.listUsers.mockResolvedValue({ items: [], total: 0, nextCursor: null });

    await wrapper.find('#users-search').setValue('xyz');
    await vi.advanceTimersByTimeAsync(400);
    vi.useRealTimers();
    await flushPromises();

    expect(api.listUsers).toHaveBeenLastCalledWith({ limit: 25, offset: 0, q: 'xyz' }, expect.any(AbortSignal));
    expect(wrapper.find('[data-testid="users-empty"]').text()).toBe(
      'Geen gebruikers gevonden voor “xyz”. Probeer een andere zoekterm.',
    );
  });
});
