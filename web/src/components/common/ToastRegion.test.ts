import { afterEach, describe, expect, it } from 'vitest';
import { h, nextTick } from 'vue';
import { dialogClosed, dialogOpened } from '../../lib/openDialogs.ts';
import { useToastsStore } from '../../stores/toasts.ts';
import { mountInApp } from '../../test/app.ts';
import ToastRegion from './ToastRegion.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const region = () => document.querySelector<HTMLElement>('.toast-region')!;
const toasts = () => [...document.querySelectorAll<HTMLElement>('[data-testid="toast"]')];

describe('ToastRegion', () => {
  it('is a live region before any toast, and shows the toasts of its group with their texts', async () => {
    await mountInApp(ToastRegion, { mount: { attrs: { 'data-testid': 'region' } } });
    expect(region().getAttribute('aria-live')).toBe('polite');
    expect(region().dataset.testid).toBe('region');
    expect(toasts()).toHaveLength(0);
    const store = useToastsStore();
    store.add({ severity: 'warn', summary: 'Niet verplaatst', detail: 'Alleen naar Actief' });
    store.add({ summary: 'Van een ander scherm', group: 'board-undo' });
    await nextTick();
    expect(toasts()).toHaveLength(1);
    expect(toasts()[0]!.textContent).toContain('Niet verplaatst');
    expect(toasts()[0]!.textContent).toContain('Alleen naar Actief');
    expect(toasts()[0]!.classList).toContain('plain-message--warn');
  });

  it('closes a toast with its named close button', async () => {
    await mountInApp(ToastRegion);
    useToastsStore().add({ severity: 'error', summary: 'Mislukt' });
    await nextTick();
    const close = document.querySelector<HTMLButtonElement>('[data-testid="toast-close"]')!;
    expect(close.getAttribute('aria-label')).toBe('Sluiten');
    close.click();
    await nextTick();
    expect(toasts()).toHaveLength(0);
    expect(useToastsStore().shown).toEqual([]);
  });

  it('moves into the topmost open dialog, where it can be seen and read, and back when it closes', async () => {
    await mountInApp(ToastRegion);
    const first = document.body.appendChild(document.createElement('dialog'));
    const second = document.body.appendChild(document.createElement('dialog'));
    dialogOpened(first);
    dialogOpened(second);
    await nextTick();
    expect(region().parentElement).toBe(second);
    dialogClosed(second);
    await nextTick();
    expect(region().parentElement).toBe(first);
    dialogClosed(first);
    await nextTick();
    expect(region().parentElement).toBe(document.body);
  });

  it("draws a group's toasts with the screen's own template, given the message and a way to close it", async () => {
    await mountInApp(ToastRegion, {
      mount: {
        props: { group: 'board-undo', position: 'bottom-right' },
        slots: {
          message: ({ message, close }: { message: { summary?: string; data?: unknown }; close: () => void }) =>
            h('button', { class: 'own', onClick: close }, `${message.summary} ${String(message.data)}`),
        },
      },
    });
    useToastsStore().add({ summary: 'Verplaatst', group: 'board-undo', data: 'undo' });
    await nextTick();
    expect(region().classList).toContain('toast-region--bottom-right');
    const own = document.querySelector<HTMLButtonElement>('.own')!;
    expect(own.textContent).toBe('Verplaatst undo');
    own.click();
    await nextTick();
    expect(document.querySelector('.own')).toBeNull();
  });
});
