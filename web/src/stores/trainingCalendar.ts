import { defineStore } from 'pinia';
import { ref } from 'vue';
import { useFilteredSessions } from '../composables/useFilteredSessions.ts';

export interface CalendarRange {
  from: string;
  to: string;
}

/** The sessions in the range the calendar shows, with the shared filters. */
export const useTrainingCalendarStore = defineStore('trainingCalendar', () => {
  const range = ref<CalendarRange | null>(null);
  const { items, total, loading, loaded, error, truncated, clear, loadSessions } = useFilteredSessions();

  function reset(): void {
    clear();
    range.value = null;
  }

  /** Another range (the calendar moved) or the same one again (filters changed, a session was saved). */
  async function load(next: CalendarRange | null = range.value): Promise<void> {
    if (!next) return;
    range.value = next;
    await loadSessions({ from: next.from, to: next.to });
  }

  return { range, items, total, loading, loaded, error, truncated, reset, load };
});
