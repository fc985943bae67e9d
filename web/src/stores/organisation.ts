import type { Organisation, UpdateOrganisationBody } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import * as organisationApi from '../api/organisation.ts';
import { ApiError } from '../api/http.ts';
import { useAuthStore } from './auth.ts';

export const useOrganisationStore = defineStore('organisation', () => {
  const organisation = ref<Organisation | null>(null);
  const loading = ref(false);
  const saving = ref(false);
  const error = ref<ApiError | null>(null);
  const auth = useAuthStore();

  // Another account in this tab must not see the previous organisation's settings.
  watch(
    () => auth.user?.id,
    () => {
      organisation.value = null;
      error.value = null;
    },
  );

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      organisation.value = await organisationApi.getOrganisation();
    } catch (caught) {
      error.value = caught instanceof ApiError ? caught : new ApiError({ status: 0, code: 'unknown_error' });
    } finally {
      loading.value = false;
    }
  }

  /** Throws the ApiError so the form can place field errors; the header follows the saved name at once. */
  async function save(changes: UpdateOrganisationBody): Promise<Organisation> {
    saving.value = true;
    try {
      const saved = await organisationApi.updateOrganisation(changes);
      organisation.value = saved;
      auth.setOrganisation(saved);
      return saved;
    } finally {
      saving.value = false;
    }
  }

  return { organisation, loading, saving, error, load, save };
});
