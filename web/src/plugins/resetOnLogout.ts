import type { PiniaPluginContext } from 'pinia';
import { watch } from 'vue';

/** A store that holds data of the logged-in user returns a `reset` that puts it back as it was before any load. */
interface Resettable {
  reset: () => void;
}

function isResettable(store: unknown): store is Resettable {
  return typeof (store as Partial<Resettable>).reset === 'function';
}

const AUTH_STORE_ID = 'auth';

/**
 * Resets every store that returns a `reset` when the user changes (logout, or someone else logging in), so nothing
 * of one user is shown to the next. Stores created later start empty anyway.
 */
export function resetOnLogout() {
  const stores = new Set<Resettable>();
  return ({ store }: PiniaPluginContext): void => {
    if (store.$id === AUTH_STORE_ID) {
      watch(
        () => (store as unknown as { user: { id: string } | null }).user?.id,
        () => {
          for (const resettable of stores) resettable.reset();
        },
      );
      return;
    }
    if (isResettable(store)) stores.add(store);
  };
}
