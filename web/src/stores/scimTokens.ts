import type { CreatedScimToken } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as scimApi from '../api/scim.ts';
import { usePagedList } from '../composables/usePagedList.ts';

export const SCIM_TOKEN_PAGE_SIZE = 10;

/** The tokens an identity or HR system provisions employees with (admins), and the secret of the one just made. */
export const useScimTokensStore = defineStore('scimTokens', () => {
  const list = usePagedList({
    fetch: (query: scimApi.ScimTokenQuery, signal) => scimApi.listScimTokens(query, signal),
    toQuery: (window): scimApi.ScimTokenQuery => window,
    defaultFilters: () => ({}),
    pageSize: SCIM_TOKEN_PAGE_SIZE,
  });
  /** Shown once, until the admin leaves the page or makes another. */
  const created = ref<CreatedScimToken | null>(null);

  /** Makes a token and shows the first page, where it now stands; a refusal is thrown for the form to show. */
  async function create(name: string): Promise<CreatedScimToken> {
    const token = await scimApi.createScimToken(name);
    created.value = token;
    await list.setPage(0, list.limit.value);
    return token;
  }

  async function revoke(id: string): Promise<void> {
    await scimApi.revokeScimToken(id);
    if (created.value?.id === id) created.value = null;
    await list.load();
  }

  function forgetSecret(): void {
    created.value = null;
  }

  function reset(): void {
    list.reset();
    created.value = null;
  }

  return { ...list, created, create, revoke, forgetSecret, reset };
});
