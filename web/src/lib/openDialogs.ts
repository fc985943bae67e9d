import { shallowRef } from 'vue';

/**
 * The modal dialogs open now, the topmost last. Everything outside the topmost is inert and under its backdrop, so
 * what must stay visible and announced while one is open (the toasts) is put inside it. While any is open the page
 * behind holds still; its own overflow comes back when the last one closes.
 */
export const openDialogs = shallowRef<readonly HTMLElement[]>([]);
let pageOverflow = '';

export function dialogOpened(dialog: HTMLElement): void {
  if (openDialogs.value.length === 0) {
    pageOverflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
  }
  openDialogs.value = [...openDialogs.value.filter((open) => open !== dialog), dialog];
}

export function dialogClosed(dialog: HTMLElement): void {
  const before = openDialogs.value.length;
  openDialogs.value = openDialogs.value.filter((open) => open !== dialog);
  if (before > 0 && openDialogs.value.length === 0) document.documentElement.style.overflow = pageOverflow;
}
