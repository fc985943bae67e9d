import { onBeforeUnmount } from 'vue';

/** Waits until typing pauses, so a search does not fire a request per keystroke. */
export function useDebounce<A extends unknown[]>(fn: (...args: A) => void, delayMs = 300) {
  let timer: ReturnType<typeof setTimeout> | undefined;

  function cancel(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function run(...args: A): void {
    cancel();
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, delayMs);
  }

  onBeforeUnmount(cancel);
  return { run, cancel };
}
