import { ref } from 'vue';
import { asApiError, type ApiError } from '../api/http.ts';

/**
 * The loading state of a setup store that may ask again before the answer is in: only the latest request's answer
 * or error counts.
 */
export function useLatestLoad() {
  const loading = ref(false);
  const error = ref<ApiError | null>(null);
  let loadId = 0;

  /** The answer still on its way, if any, will count for nothing; no longer loading, no error. */
  function cancel(): void {
    loadId += 1;
    loading.value = false;
    error.value = null;
  }

  /** Runs `request`; `use` gets its answer unless another request or `cancel` came in the meantime. */
  async function run<T>(request: () => Promise<T>, use: (answer: T) => void): Promise<void> {
    const current = ++loadId;
    loading.value = true;
    error.value = null;
    try {
      const answer = await request();
      if (current === loadId) use(answer);
    } catch (caught) {
      if (current === loadId) error.value = asApiError(caught);
    } finally {
      if (current === loadId) loading.value = false;
    }
  }

  return { loading, error, cancel, run };
}
