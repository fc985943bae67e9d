import type { Organisation, UpdateOrganisationBody } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as organisationApi from '../api/organisation.ts';
import { useLoader } from '../composables/useLoader.ts';
import { useAuthStore } from './auth.ts';

export const useOrganisationStore = defineStore('organisation', () => {
  const organisation = ref<Organisation | null>(null);
  const { loading, error, cancel, run } = useLoader();
  const saving = ref(false);
  const auth = useAuthStore();

  // Another account in this tab must not see the previous organisation's settings.
  function reset(): void {
    cancel();
    organisation.value = null;
    saving.value = false;
  }

  async function load(): Promise<void> {
    await run(
      () => organisationApi.getOrganisation(),
      (answer) => (organisation.value = answer),
    );
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

  return { organisation, loading, saving, error, reset, load, save };
});
