import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';
import { dayBounds, dayInZone } from '../lib/zonedTime.ts';
import { useAuthStore } from './auth.ts';
import { useFilteredSessions } from '../composables/useFilteredSessions.ts';

/** First and last day shown, as `YYYY-MM-DD` in the organisation's time zone. */
export interface ListPeriod {
  from: string;
  to: string;
}

/** The list tab: every session of a period (the table sorts and pages them), with the shared filters. */
export const useTrainingListStore = defineStore('trainingList', () => {
  const auth = useAuthStore();
  const zone = () => auth.organisation?.timezone;

  const defaultPeriod = (): ListPeriod => ({ from: dayInZone(zone()), to: dayInZone(zone(), 90) });

  const period = reactive<ListPeriod>(defaultPeriod());
  const q = ref('');
  const { items, total, loading, loaded, error, truncated, clear, loadSessions } = useFilteredSessions();

  function reset(): void {
    clear();
    Object.assign(period, defaultPeriod());
    q.value = '';
  }

  async function load(): Promise<void> {
    // The last day counts in full: up to midnight at its end.
    const from = dayBounds(period.from, zone())?.start;
    const to = dayBounds(period.to, zone())?.end;
    await loadSessions(
      { ...(from ? { from } : {}), ...(to ? { to } : {}) },
      q.value.trim() ? { q: q.value.trim() } : {},
    );
  }

  function setPeriod(next: Partial<ListPeriod>): Promise<void> {
    Object.assign(period, next);
    return load();
  }

  function search(text: string): Promise<void> {
    q.value = text;
    return load();
  }

  return { period, q, items, total, loading, loaded, error, truncated, reset, load, setPeriod, search };
});
