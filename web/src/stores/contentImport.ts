import type { ContentImportResult } from '@ambassador/shared';
import { defineStore } from 'pinia';
import * as contentApi from '../api/content.ts';
import { useCsvImport } from '../composables/useCsvImport.ts';

export type ContentImportError = ContentImportResult['errors'][number];

/** Importing a page list into the content register: choose a CSV, check it (a dry run), then confirm. */
export const useContentImportStore = defineStore('contentImport', () => {
  const { checkedOptions: _checked, ...csv } = useCsvImport(
    (file, dryRun) => contentApi.importContentItems(file, { dryRun }),
    () => ({}),
  );
  return csv;
});
