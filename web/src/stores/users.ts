import type { InviteUserBody, InviteUserResponse, UserListItem } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as usersApi from '../api/users.ts';
import { useLoader } from '../composables/useLoader.ts';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export const useUsersStore = defineStore('users', () => {
  const items = ref<UserListItem[]>([]);
  const total = ref(0);
  const limit = ref<number>(25);
  const offset = ref(0);
  const q = ref('');
  const { loading, error, cancel, run } = useLoader();
  /** True once a page has arrived, so the view can tell "nothing yet" from "no users". */
  const loaded = ref(false);

  function reset(): void {
    cancel();
    items.value = [];
    total.value = 0;
    offset.value = 0;
    q.value = '';
    loaded.value = false;
  }

  async function load(): Promise<void> {
    // A slower answer to an older search must not overwrite a newer one.
    await run(
      (signal) =>
        usersApi.listUsers({ limit: limit.value, offset: offset.value, q: q.value.trim() || undefined }, signal),
      (page) => {
        items.value = page.items;
        total.value = page.total;
        loaded.value = true;
      },
    );
  }

  function setPage(nextOffset: number, nextLimit: number): Promise<void> {
    offset.value = nextOffset;
    limit.value = nextLimit;
    return load();
  }

  function search(text: string): Promise<void> {
    q.value = text;
    offset.value = 0;
    return load();
  }

  function replace(user: UserListItem): void {
    const index = items.value.findIndex((item) => item.id === user.id);
    if (index >= 0) items.value.splice(index, 1, user);
  }

  async function invite(body: InviteUserBody): Promise<InviteUserResponse> {
    const result = await usersApi.inviteUser(body);
    // Reload rather than insert locally: the server decides the order, and the total changes.
    await load();
    return result;
  }

  async function resendInvite(id: string): Promise<InviteUserResponse> {
    const result = await usersApi.resendInvite(id);
    replace(result.user);
    return result;
  }

  /** Optimistic: the tag changes at once and goes back if the server refuses. */
  async function setActive(id: string, active: boolean): Promise<UserListItem> {
    const before = items.value.find((item) => item.id === id);
    if (before) replace({ ...before, status: active ? 'active' : 'deactivated' });
    try {
      const updated = await usersApi.updateUser(id, { active });
      replace(updated);
      return updated;
    } catch (caught) {
      if (before) replace(before);
      throw caught;
    }
  }

  return {
    items,
    total,
    limit,
    offset,
    q,
    loading,
    error,
    loaded,
    reset,
    load,
    setPage,
    search,
    invite,
    resendInvite,
    setActive,
  };
});
