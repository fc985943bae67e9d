import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http.ts';
import * as notificationsApi from '../../api/notifications.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import { notification, notificationPage } from '../../test/notificationFixtures.ts';
import NotificationBell from './NotificationBell.vue';

vi.mock('../../api/notifications.ts');
const api = vi.mocked(notificationsApi);

const round = notification();
const older = notification({
  id: '6f1c2d3e-0000-4000-8000-000000000902',
  kind: 'finding_resolved',
  title: 'Je bevinding is opgelost',
  link: null,
  readAt: '2026-03-01T10:00:00.000Z',
});

let unmount: (() => void) | null = null;

async function mountBell() {
  const mounted = await mountInApp(NotificationBell, { me: meFor('ambassador'), path: '/me' });
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

async function openPopup(wrapper: Awaited<ReturnType<typeof mountBell>>['wrapper']) {
  await wrapper.find('[data-testid="notification-bell"]').trigger('click');
  await vi.waitFor(() => expect(wrapper.find('[data-testid="notification-popup"]').exists()).toBe(true), {
    timeout: 5000,
  });
  await flushPromises();
}

beforeEach(() => {
  vi.resetAllMocks();
  api.listNotifications.mockResolvedValue(notificationPage([round, older], 1));
  api.markNotificationRead.mockResolvedValue(undefined);
  api.markAllNotificationsRead.mockResolvedValue({ marked: 1 });
});

afterEach(() => {
  unmount?.();
  unmount = null;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('NotificationBell', () => {
  it('shows the unread count on the bell and in its name', async () => {
    const { wrapper } = await mountBell();

    expect(api.listNotifications).toHaveBeenCalledWith({ limit: 8, offset: 0 }, expect.anything());
    const bell = wrapper.find('[data-testid="notification-bell"]');
    expect(bell.attributes('aria-label')).toBe('Meldingen, 1 ongelezen');
    expect(bell.attributes('aria-expanded')).toBe('false');
    expect(wrapper.find('[data-testid="notification-badge"]').text()).toBe('1');
  });

  it('shows no badge when everything is read', async () => {
    api.listNotifications.mockResolvedValue(notificationPage([older], 0));
    const { wrapper } = await mountBell();

    expect(wrapper.find('[data-testid="notification-badge"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="notification-bell"]').attributes('aria-label')).toBe('Meldingen');
  });

  it('lists the newest with title, text, time and a link to the thing concerned', async () => {
    const { wrapper } = await mountBell();
    await openPopup(wrapper);

    const popup = wrapper.find('[data-testid="notification-popup"]');
    expect(wrapper.find('[data-testid="notification-bell"]').attributes('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(popup.element);
    const first = popup.find(`[data-testid="notification-${round.id}"]`);
    expect(first.text()).toContain('Geef je mening over de testomgeving.');
    expect(first.find('a').attributes('href')).toBe(round.link);
    expect(first.find('time').attributes('datetime')).toBe(round.createdAt);
    expect(popup.find(`[data-testid="notification-${older.id}"] a`).exists()).toBe(false);
    expect(popup.find('[data-testid="notifications-all"]').attributes('href')).toBe('/notifications');
  });

  it('marks one as read, and the count follows', async () => {
    const { wrapper } = await mountBell();
    await openPopup(wrapper);

    await wrapper.find('[data-testid="notification-mark-read"]').trigger('click');
    await flushPromises();

    expect(api.markNotificationRead).toHaveBeenCalledWith(round.id);
    expect(wrapper.find('[data-testid="notification-badge"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="notification-mark-read"]').exists()).toBe(false);
  });

  it('puts the count back when marking read fails', async () => {
    api.markNotificationRead.mockRejectedValue(new ApiError({ status: 0, code: 'network_error' }));
    const { wrapper } = await mountBell();
    await openPopup(wrapper);

    await wrapper.find('[data-testid="notification-mark-read"]').trigger('click');
    await flushPromises();

    expect(wrapper.find('[data-testid="notification-badge"]').text()).toBe('1');
  });

  it('marks all as read', async () => {
    const { wrapper } = await mountBell();
    await openPopup(wrapper);

    await wrapper.find('[data-testid="notifications-mark-all"]').trigger('click');
    await flushPromises();

    expect(api.markAllNotificationsRead).toHaveBeenCalled();
    expect(wrapper.find('[data-testid="notification-badge"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="notifications-mark-all"]').exists()).toBe(false);
    // The button is gone, but the focus stayed in the panel, where Escape closes it.
    expect(document.activeElement).toBe(wrapper.find('[data-testid="notification-popup"]').element);
  });

  it('closes on Escape and gives the focus back to the bell', async () => {
    const { wrapper } = await mountBell();
    await openPopup(wrapper);

    await wrapper.find('[data-testid="notification-popup"]').trigger('keydown', { key: 'Escape' });

    expect(wrapper.find('[data-testid="notification-popup"]').exists()).toBe(false);
    expect(document.activeElement).toBe(wrapper.find('[data-testid="notification-bell"]').element);
  });

  it('says so when there is nothing yet', async () => {
    api.listNotifications.mockResolvedValue(notificationPage([], 0));
    const { wrapper } = await mountBell();
    await openPopup(wrapper);

    expect(wrapper.find('[data-testid="notifications-empty"]').text()).toContain('Je hebt nog geen meldingen.');
  });

  it('asks again every minute while the tab is shown, and on navigation', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const { router } = await mountBell();
    expect(api.listNotifications).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(60_000);
    await flushPromises();
    expect(api.listNotifications).toHaveBeenCalledTimes(2);

    // Right after an answer, navigating does not ask again; a while later it does.
    await router.push('/training');
    await flushPromises();
    expect(api.listNotifications).toHaveBeenCalledTimes(2);
    vi.setSystemTime(Date.now() + 20_000);
    await router.push('/feedback');
    await flushPromises();
    expect(api.listNotifications).toHaveBeenCalledTimes(3);
  });
});
