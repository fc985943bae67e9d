import { shallowRef } from 'vue';

/**
 * The modal dialogs open now, the topmost last. Everything outside the topmost is inert and under its backdrop, so
 * what must stay visible and announced while one is open (the toasts) is put inside it.
 */
export const openDialogs = shallowRef<readonly HTMLElement[]>([]);

export function dialogOpened(dialog: HTMLElement): void {
  openDialogs.value = [...openDialogs.value.filter((open) => open !== dialog), dialog];
}

export function dialogClosed(dialog: HTMLElement): void {
  openDialogs.value = openDialogs.value.filter((open) => open !== dialog);
}
