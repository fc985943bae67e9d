import { ref } from 'vue';
import { asApiError, type ApiError } from '../lib/apiError.ts';

/**
 * The loading state of a store that may ask again before the answer is in. A new request aborts the one still on its
 * way, so only the latest answer or error counts.
 */
export function useLoader() {
  const loading = ref(false);
  const error = ref<ApiError | null>(null);
  let controller: AbortController | null = null;

  /** Aborts the request on its way, if any: no longer loading, no error. */
  function cancel(): void {
    controller?.abort();
    controller = null;
    loading.value = false;
    error.value = null;
  }

  /**
   * Runs `request` with a signal that aborts when a newer request or `cancel` comes in; `use` gets the answer only if
   * none did. A failure of the latest request ends up in `error`; it is not thrown.
   */
  async function run<T>(request: (signal: AbortSignal) => Promise<T>, use: (answer: T) => void): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    loading.value = true;
    error.value = null;
    const latest = () => controller === current;
    try {
      const answer = await request(current.signal);
      if (latest()) use(answer);
    } catch (caught) {
      if (latest()) error.value = asApiError(caught);
    } finally {
      if (latest()) {
        loading.value = false;
        controller = null;
      }
    }
  }

  return { loading, error, cancel, run };
}
