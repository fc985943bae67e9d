import type { ErasureResult } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as privacyApi from '../api/privacy.ts';
import type { Download } from '../api/http.ts';
import { useEmployeesStore } from './employees.ts';

/** The AVG rights for one employee at a time: her data as a file, and erasure. */
export const usePrivacyStore = defineStore('privacy', () => {
  const downloading = ref(false);
  const erasing = ref(false);

  async function downloadPersonalData(employeeId: string): Promise<Download> {
    downloading.value = true;
    try {
      return await privacyApi.downloadPersonalData(employeeId);
    } finally {
      downloading.value = false;
    }
  }

  /** After an erasure the employees list is reloaded: her name and status changed. */
  async function erase(employeeId: string): Promise<ErasureResult> {
    erasing.value = true;
    try {
      const result = await privacyApi.eraseEmployee(employeeId);
      const employees = useEmployeesStore();
      if (employees.loaded) await employees.load();
      return result;
    } finally {
      erasing.value = false;
    }
  }

  return { downloading, erasing, downloadPersonalData, erase };
});
