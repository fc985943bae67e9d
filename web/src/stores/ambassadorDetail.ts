import type { AmbassadorDetail, AmbassadorStatus, UpdateAmbassadorBody } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as ambassadorsApi from '../api/ambassadors.ts';
import { useAmbassadorsStore } from './ambassadors.ts';
import { useLoader } from '../composables/useLoader.ts';

/** One ambassador with her history: the detail page, and an ambassador's own record on "Mijn overzicht". */
export const useAmbassadorDetailStore = defineStore('ambassadorDetail', () => {
  const ambassador = ref<AmbassadorDetail | null>(null);
  const { loading, error, cancel, run } = useLoader();
  const saving = ref(false);

  function reset(): void {
    cancel();
    ambassador.value = null;
    saving.value = false;
  }

  async function load(id: string): Promise<void> {
    // Another ambassador's page must not show the previous one while it loads.
    if (ambassador.value?.id !== id) ambassador.value = null;
    await run(
      () => ambassadorsApi.getAmbassador(id),
      (detail) => (ambassador.value = detail),
    );
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

  return {
    ambassador,
    loading,
    error,
    saving,
    reset,
    load,
    save,
    transition,
  };
});
