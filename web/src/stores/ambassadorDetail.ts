import type { AmbassadorDetail, AmbassadorStatus, UpdateAmbassadorBody } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import * as ambassadorsApi from '../api/ambassadors.ts';
import { asApiError, type ApiError } from '../api/http.ts';
import { useAmbassadorsStore } from './ambassadors.ts';
import { useAuthStore } from './auth.ts';

/** One ambassador with her history: the detail page, and an ambassador's own record on "Mijn overzicht". */
export const useAmbassadorDetailStore = defineStore('ambassadorDetail', () => {
  const ambassador = ref<AmbassadorDetail | null>(null);
  const loading = ref(false);
  const error = ref<ApiError | null>(null);
  const saving = ref(false);
  let loadId = 0;

  function reset(): void {
    loadId += 1;
    ambassador.value = null;
    loading.value = false;
    error.value = null;
    saving.value = false;
  }

  const auth = useAuthStore();
  watch(
    () => auth.user?.id,
    () => reset(),
  );

  async function load(id: string): Promise<void> {
    const current = ++loadId;
    // Another ambassador's page must not show the previous one while it loads.
    if (ambassador.value?.id !== id) ambassador.value = null;
    loading.value = true;
    error.value = null;
    try {
      const detail = await ambassadorsApi.getAmbassador(id);
      if (current === loadId) ambassador.value = detail;
    } catch (caught) {
      if (current === loadId) error.value = asApiError(caught);
    } finally {
      if (current === loadId) loading.value = false;
    }
  }

  /** Throws the ApiError so a form can place field errors; the board (if loaded) shows the saved card too. */
  async function save(changes: UpdateAmbassadorBody): Promise<AmbassadorDetail> {
    const id = ambassador.value?.id;
    if (!id) throw new Error('No ambassador loaded');
    saving.value = true;
    try {
      const saved = await ambassadorsApi.updateAmbassador(id, changes);
      if (ambassador.value?.id === id) ambassador.value = saved;
      useAmbassadorsStore().replace(saved);
      return saved;
    } finally {
      saving.value = false;
    }
  }

  function transition(to: AmbassadorStatus, note?: string): Promise<AmbassadorDetail> {
    return save({ status: to, ...(note?.trim() ? { note: note.trim() } : {}) });
  }

  return { ambassador, loading, error, saving, reset, load, save, transition };
});
