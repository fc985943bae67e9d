import { ref } from 'vue';

/** Clipboard access is refused on plain http and in some embedded browsers; callers then offer manual copy. */
export function useClipboard() {
  const status = ref<'idle' | 'copied' | 'failed'>('idle');

  async function copy(text: string): Promise<boolean> {
    try {
      if (!navigator.clipboard) throw new Error('Clipboard API unavailable');
      await navigator.clipboard.writeText(text);
      status.value = 'copied';
      return true;
    } catch {
      status.value = 'failed';
      return false;
    }
  }

  function reset(): void {
    status.value = 'idle';
  }

  return { status, copy, reset };
}
