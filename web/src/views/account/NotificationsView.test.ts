import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http.ts';
import * as notificationsApi from '../../api/notifications.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import { notification, notificationPage } from '../../test/notificationFixtures.ts';
import NotificationsView from './NotificationsView.vue';

vi.mock('../../api/notifications.ts');
const api = vi.mocked(notificationsApi);

const many = Array.from({ length: 20 }, (_, index) =>
  notification({
    id: `6f1c2d3e-0000-4000-8000-0000000009${String(index).padStart(2, '0')}`,
    title: `Melding ${index + 1}`,
    readAt: index < 2 ? null : '2026-03-01T10:00:00.000Z',
  }),
);

async function openPage() {
  const mounted = await mountInApp(NotificationsView, { me: meFor('admin'), path: '/notifications' });
  await flushPromises();
  return mounted;
}

beforeEach(() => {
  vi.resetAllMocks();
  api.listNotifications.mockResolvedValue(notificationPage(many, 2, 45));
  api.markAllNotificationsRead.mockResolvedValue({ marked: 1 });
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('NotificationsView', () => {
  it('lists her notifications page by page, newest first, with how many are unread', async () => {
    const { wrapper } = await openPage();

    expect(api.listNotifications).toHaveBeenCalledWith({ limit: 20, offset: 0 }, expect.anything());
    expect(wrapper.findAll('[data-testid="notifications-list"] > li')).toHaveLength(20);
    expect(wrapper.find('[data-testid="notifications-unread"]').text()).toBe('2 ongelezen');

    await wrapper.find('[data-testid="paginator-next"]').trigger('click');
    await flushPromises();
    expect(api.listNotifications).toHaveBeenLastCalledWith({ limit: 20, offset: 20 }, expect.anything());
  });

  it('marks all as read', async () => {
    const { wrapper } = await openPage();

    await wrapper.find('[data-testid="notifications-page-mark-all"]').trigger('click');
    await flushPromises();

    expect(api.markAllNotificationsRead).toHaveBeenCalled();
    expect(wrapper.find('[data-testid="notifications-unread"]').text()).toBe('Alles gelezen');
    expect(wrapper.find('[data-testid="notification-mark-read"]').exists()).toBe(false);
  });

  it('says so when there are none yet', async () => {
    api.listNotifications.mockResolvedValue(notificationPage([], 0));
    const { wrapper } = await openPage();

    expect(wrapper.find('[data-testid="notifications-page-empty"]').text()).toContain('Je hebt nog geen meldingen.');
    expect(wrapper.find('[data-testid="notifications-page-mark-all"]').exists()).toBe(false);
  });

  it('offers to try again when they cannot be loaded', async () => {
    api.listNotifications.mockRejectedValue(new ApiError({ status: 503, code: 'database_unavailable' }));
    const { wrapper } = await openPage();

    expect(wrapper.find('[data-testid="load-error"]').text()).toContain('De meldingen konden niet worden geladen.');
    api.listNotifications.mockResolvedValue(notificationPage(many, 2, 45));
    await wrapper.find('[data-testid="load-error"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="notifications-list"]').exists()).toBe(true);
  });
});
