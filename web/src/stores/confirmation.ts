import { defineStore } from 'pinia';
import { shallowRef } from 'vue';

/** What a confirmation asks, and what follows a yes (and a no). The layout's ConfirmRegion asks it. */
export interface ConfirmOptions {
  header: string;
  message: string;
  /** A PrimeIcons class shown beside the message. */
  icon?: string;
  acceptProps: { label: string; severity?: 'danger' };
  /** The way out; "Annuleren" when not given. */
  rejectProps?: { label?: string };
  accept: () => unknown;
  reject?: () => unknown;
}

/** The one confirmation on screen; asking another while one is open replaces it (as a no to the first). */
export const useConfirmationStore = defineStore('confirmation', () => {
  const current = shallowRef<ConfirmOptions | null>(null);

  function require(options: ConfirmOptions): void {
    const previous = current.value;
    current.value = options;
    void previous?.reject?.();
  }

  /** Closes the confirmation and runs its accept or reject. */
  function answer(yes: boolean): void {
    const asked = current.value;
    if (!asked) return;
    current.value = null;
    void (yes ? asked.accept() : asked.reject?.());
  }

  return { current, require, answer };
});
