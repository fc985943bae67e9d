import type { SsoSettings, SsoSettingsBody } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as ssoApi from '../api/sso.ts';
import { useLoader } from '../composables/useLoader.ts';

/** The organisation's single sign-on settings (admins). */
export const useSsoSettingsStore = defineStore('ssoSettings', () => {
  const settings = ref<SsoSettings | null>(null);
  const { loading, error, cancel, run } = useLoader();
  const saving = ref(false);

  // Another account in this tab must not see the previous organisation's settings.
  function reset(): void {
    cancel();
    settings.value = null;
    saving.value = false;
  }

  async function load(): Promise<void> {
    await run(
      () => ssoApi.getSsoSettings(),
      (answer) => (settings.value = answer),
    );
  }

  /** Throws the ApiError so the form can place field errors. */
  async function save(body: SsoSettingsBody): Promise<SsoSettings> {
    saving.value = true;
    try {
      const saved = await ssoApi.saveSsoSettings(body);
      settings.value = saved;
      return saved;
    } finally {
      saving.value = false;
    }
  }

  return { settings, loading, saving, error, reset, load, save };
});
