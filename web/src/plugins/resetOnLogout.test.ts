import type { User } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { describe, expect, it } from 'vitest';
import { nextTick, ref } from 'vue';
import { useAuthStore } from '../stores/auth.ts';
import { useTestPinia } from '../test/pinia.ts';

const useNotesStore = defineStore('notes', () => {
  const notes = ref<string[]>([]);
  function reset(): void {
    notes.value = [];
  }
  return { notes, reset };
});

const useCounterStore = defineStore('counter', () => {
  const count = ref(0);
  return { count };
});

const someone = (id: string) => ({ id }) as User;

describe('resetOnLogout', () => {
  it('resets every store that returns a reset when the user logs out', async () => {
    useTestPinia();
    const auth = useAuthStore();
    auth.user = someone('u1');
    await nextTick();
    const notes = useNotesStore();
    notes.notes = ['private'];
    auth.clearSession();
    await nextTick();
    expect(notes.notes).toEqual([]);
  });

  it('resets the stores when another user logs in', async () => {
    useTestPinia();
    const notes = useNotesStore();
    const auth = useAuthStore();
    auth.user = someone('u1');
    await nextTick();
    notes.notes = ['of u1'];
    auth.user = someone('u2');
    await nextTick();
    expect(notes.notes).toEqual([]);
  });

  it('leaves the stores alone while the same user stays logged in', async () => {
    useTestPinia();
    const auth = useAuthStore();
    auth.user = someone('u1');
    await nextTick();
    const notes = useNotesStore();
    notes.notes = ['kept'];
    auth.user = someone('u1');
    await nextTick();
    expect(notes.notes).toEqual(['kept']);
  });

  it('skips stores without a reset', async () => {
    useTestPinia();
    const auth = useAuthStore();
    auth.user = someone('u1');
    await nextTick();
    const counter = useCounterStore();
    counter.count = 3;
    auth.clearSession();
    await nextTick();
    expect(counter.count).toBe(3);
  });
});
