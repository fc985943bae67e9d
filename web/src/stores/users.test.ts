import type { UserList } from '@ambassador/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { ApiError } from '../api/http.ts';
import * as usersApi from '../api/users.ts';
import { meFor, userItem } from '../test/fixtures.ts';
import { useAuthStore } from './auth.ts';
import { useUsersStore } from './users.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/users.ts');

const api = vi.mocked(usersApi);

function page(items = [userItem()], total = items.length): UserList {
  return { items, total, nextCursor: null };
}

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
});

describe('users store', () => {
  it('loads a page with the limit, offset and trimmed search term', async () => {
    api.listUsers.mockResolvedValue(page([userItem()], 31));
    const store = useUsersStore();

    await store.setPage(25, 25);
    await store.search('  bram ');

    expect(api.listUsers).toHaveBeenNthCalledWith(1, { limit: 25, offset: 25, q: undefined }, expect.any(AbortSignal));
    expect(api.listUsers).toHaveBeenNthCalledWith(2, { limit: 25, offset: 0, q: 'bram' }, expect.any(AbortSignal));
    expect(store.total).toBe(31);
    expect(store.loaded).toBe(true);
  });

  it('keeps the newest search result when an older answer arrives later', async () => {
    let answerOld: (value: UserList) => void = () => undefined;
    api.listUsers
      .mockImplementationOnce(
        (_query, signal) =>
          new Promise((resolve, reject) => {
            answerOld = resolve;
            signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          }),
      )
      .mockResolvedValueOnce(page([userItem({ name: 'Cor' })]));
    const store = useUsersStore();

    const older = store.search('b');
    await store.search('cor');
    answerOld(page([userItem({ name: 'Bram' })]));
    await older;

    expect(store.items.map((user) => user.name)).toEqual(['Cor']);
    expect(store.loading).toBe(false);
    expect(store.error).toBeNull();
  });

  it('keeps the error when a page cannot be loaded', async () => {
    api.listUsers.mockRejectedValue(new ApiError({ status: 503, code: 'database_unavailable' }));
    const store = useUsersStore();

    await store.load();

    expect(store.error?.code).toBe('database_unavailable');
    expect(store.loading).toBe(false);
    expect(store.loaded).toBe(false);
  });

  it('shows a deactivation at once and takes the server version of the user', async () => {
    api.listUsers.mockResolvedValue(page([userItem()]));
    let answer: (value: ReturnType<typeof userItem>) => void = () => undefined;
    api.updateUser.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const store = useUsersStore();
    await store.load();

    const pending = store.setActive(userItem().id, false);
    expect(store.items[0]?.status).toBe('deactivated');
    answer(userItem({ status: 'deactivated', lastLoginAt: null }));
    await pending;

    expect(api.updateUser).toHaveBeenCalledWith(userItem().id, { active: false });
    expect(store.items[0]).toMatchObject({ status: 'deactivated', lastLoginAt: null });
  });

  it('puts the user back as they were when the server refuses a deactivation', async () => {
    api.listUsers.mockResolvedValue(page([userItem()]));
    api.updateUser.mockRejectedValue(new ApiError({ status: 409, code: 'cannot_deactivate_self' }));
    const store = useUsersStore();
    await store.load();

    await expect(store.setActive(userItem().id, false)).rejects.toMatchObject({ code: 'cannot_deactivate_self' });

    expect(store.items[0]?.status).toBe('active');
  });

  it('reloads the list after an invitation and hands back the invite link', async () => {
    api.listUsers.mockResolvedValue(page());
    const invited = userItem({ id: '6f1c2d3e-0000-4000-8000-0000000000c1', status: 'invited', lastLoginAt: null });
    api.inviteUser.mockResolvedValue({
      user: invited,
      inviteUrl: 'https://app.example/invite/abc',
      expiresAt: '2025-03-01T00:00:00.000Z',
    });
    const store = useUsersStore();

    const result = await store.invite({ email: 'cor@horizon.nl', name: 'Cor', role: 'hr' });

    expect(result.inviteUrl).toBe('https://app.example/invite/abc');
    expect(api.listUsers).toHaveBeenCalledTimes(1);
  });

  it('replaces an invited user with the fresh one when a new link is made', async () => {
    const invited = userItem({ status: 'invited', inviteExpiresAt: '2025-01-01T00:00:00.000Z' });
    api.listUsers.mockResolvedValue(page([invited]));
    api.resendInvite.mockResolvedValue({
      user: { ...invited, inviteExpiresAt: '2025-03-01T00:00:00.000Z' },
      inviteUrl: 'https://app.example/invite/new',
      expiresAt: '2025-03-01T00:00:00.000Z',
    });
    const store = useUsersStore();
    await store.load();

    await store.resendInvite(invited.id);

    expect(store.items[0]?.inviteExpiresAt).toBe('2025-03-01T00:00:00.000Z');
  });

  it('forgets the list when another account logs in', async () => {
    api.listUsers.mockResolvedValue(page());
    const store = useUsersStore();
    await store.search('bram');
    const auth = useAuthStore();

    auth.user = meFor('admin', '6f1c2d3e-0000-4000-8000-0000000000d1').user;
    await nextTick();

    expect(store.items).toEqual([]);
    expect(store.q).toBe('');
    expect(store.loaded).toBe(false);
  });
});
