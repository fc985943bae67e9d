import type { ChangePasswordBody, Preferences, PreferencesPatch } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as accountApi from '../api/account.ts';
import { useLoader } from '../composables/useLoader.ts';
import { useAuthStore } from './auth.ts';

/** Her own profile: name, language and mail preferences, and the password change. */
export const useProfileStore = defineStore('profile', () => {
  const preferences = ref<Preferences | null>(null);
  const { loading, error, cancel, run } = useLoader();
  /** Which part of the profile is being saved, so each form shows its own spinner. */
  const saving = ref<'details' | 'email' | null>(null);

  function load(): Promise<void> {
    return run(
      (signal) => accountApi.getPreferences(signal),
      (answer) => (preferences.value = answer),
    );
  }

  /** Saves a change; a new name shows in the top bar at once. Refusals are thrown for the form to show. */
  async function save(body: PreferencesPatch, part: 'details' | 'email'): Promise<Preferences> {
    saving.value = part;
    try {
      const updated = await accountApi.updatePreferences(body);
      preferences.value = updated;
      if (body.name !== undefined) useAuthStore().setUserName(updated.name);
      return updated;
    } finally {
      saving.value = null;
    }
  }

  function changePassword(body: ChangePasswordBody): Promise<void> {
    return accountApi.changePassword(body);
  }

  function reset(): void {
    cancel();
    preferences.value = null;
    saving.value = null;
  }

  return { preferences, loading, error, saving, load, save, changePassword, reset };
});
