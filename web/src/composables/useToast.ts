import { useToastsStore, type ToastMessage } from '../stores/toasts.ts';

export type { ToastMessage } from '../stores/toasts.ts';

/** Shows toasts: `add` one, `removeGroup` a screen's own. The layout's ToastRegion draws them. */
export function useToast() {
  const store = useToastsStore();
  return {
    add: (message: ToastMessage): number => store.add(message),
    remove: (id: number): void => store.remove(id),
    removeGroup: (group: string): void => store.removeGroup(group),
  };
}
