import { defineStore } from 'pinia';
import { ref } from 'vue';

export type ToastSeverity = 'success' | 'info' | 'warn' | 'error' | 'secondary';

/** A short message in the corner of the screen. `group` sends it to a region of its own (a screen's undo toast). */
export interface ToastMessage {
  severity?: ToastSeverity;
  summary?: string;
  detail?: string;
  /** Milliseconds it stays; without it, it stays until closed. */
  life?: number;
  group?: string;
  /** What a region's own template needs besides the texts. */
  data?: unknown;
}

export interface ShownToast extends ToastMessage {
  id: number;
}

/** The toasts on screen, each gone after its life or when closed. */
export const useToastsStore = defineStore('toasts', () => {
  const shown = ref<ShownToast[]>([]);
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  let lastId = 0;

  function remove(id: number): void {
    clearTimeout(timers.get(id));
    timers.delete(id);
    shown.value = shown.value.filter((toast) => toast.id !== id);
  }

  function add(message: ToastMessage): number {
    const id = ++lastId;
    shown.value = [...shown.value, { ...message, id }];
    if (message.life)
      timers.set(
        id,
        setTimeout(() => remove(id), message.life),
      );
    return id;
  }

  function removeGroup(group: string): void {
    for (const toast of shown.value.filter((candidate) => candidate.group === group)) remove(toast.id);
  }

  function clear(): void {
    for (const toast of [...shown.value]) remove(toast.id);
  }

  return { shown, add, remove, removeGroup, clear };
});
