import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestPinia } from '../test/pinia.ts';
import { useToastsStore } from './toasts.ts';

beforeEach(() => {
  useTestPinia();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('the toasts store', () => {
  it('keeps a toast for its life, and one without a life until it is closed', () => {
    const store = useToastsStore();
    store.add({ severity: 'success', summary: 'Opgeslagen', life: 4000 });
    const stays = store.add({ severity: 'error', summary: 'Mislukt' });
    vi.advanceTimersByTime(3999);
    expect(store.shown.map((toast) => toast.summary)).toEqual(['Opgeslagen', 'Mislukt']);
    vi.advanceTimersByTime(1);
    expect(store.shown.map((toast) => toast.summary)).toEqual(['Mislukt']);
    vi.advanceTimersByTime(60_000);
    store.remove(stays);
    expect(store.shown).toEqual([]);
  });

  it("removes one group's toasts and leaves the others", () => {
    const store = useToastsStore();
    store.add({ summary: 'Verplaatst', group: 'board-undo', life: 10_000 });
    store.add({ summary: 'Nog een', group: 'board-undo' });
    store.add({ summary: 'Algemeen' });
    store.removeGroup('board-undo');
    expect(store.shown.map((toast) => toast.summary)).toEqual(['Algemeen']);
    // The removed toast's timer is gone with it: nothing is removed twice or late.
    vi.advanceTimersByTime(10_000);
    expect(store.shown).toHaveLength(1);
  });

  it('gives every toast its own id', () => {
    const store = useToastsStore();
    const ids = [store.add({ summary: 'a' }), store.add({ summary: 'a' })];
    expect(new Set(ids).size).toBe(2);
  });
});
