import type { Finding } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as findingsApi from '../api/findings.ts';
import { useLoader } from '../composables/useLoader.ts';

const ORIGINALS_LIMIT = 20;

/** The finding open in the board's side panel, with its history, and the findings it could be a duplicate of. */
export const useFindingsDetailStore = defineStore('findingsDetail', () => {
  const openId = ref<string | null>(null);
  const finding = ref<Finding | null>(null);
  const { loading, error, cancel, run } = useLoader();
  const originals = ref<Finding[]>([]);
  const search = useLoader();

  function reset(): void {
    cancel();
    search.cancel();
    openId.value = null;
    finding.value = null;
    originals.value = [];
  }

  async function open(id: string): Promise<void> {
    openId.value = id;
    if (finding.value?.id !== id) finding.value = null;
    await run(
      (signal) => findingsApi.getFinding(id, signal),
      (loaded) => {
        if (openId.value === id) finding.value = loaded;
      },
    );
  }

  function close(): void {
    reset();
  }

  /** A fresher copy (after a move): shown when it is the open one. */
  function apply(saved: Finding): void {
    if (openId.value === saved.id) finding.value = saved;
  }

  /** Findings a duplicate may point at: any other one that is not itself a duplicate. */
  async function searchOriginals(q: string): Promise<void> {
    const self = openId.value;
    const text = q.trim();
    await search.run(
      (signal) => findingsApi.listFindings({ ...(text ? { q: text } : {}), limit: ORIGINALS_LIMIT }, signal),
      (page) => {
        originals.value = page.items.filter((item) => item.id !== self && item.status !== 'duplicate');
      },
    );
  }

  return {
    openId,
    finding,
    loading,
    error,
    originals,
    searchingOriginals: search.loading,
    originalsError: search.error,
    reset,
    open,
    close,
    apply,
    searchOriginals,
  };
});
