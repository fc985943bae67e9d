import { useConfirmationStore, type ConfirmOptions } from '../stores/confirmation.ts';

export type { ConfirmOptions } from '../stores/confirmation.ts';

/** Asks before something that cannot simply be undone; the layout's ConfirmRegion shows the question. */
export function useConfirm() {
  const store = useConfirmationStore();
  return { require: (options: ConfirmOptions): void => store.require(options) };
}
