import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { useConfirm } from '../../composables/useConfirm.ts';
import { useConfirmationStore } from '../../stores/confirmation.ts';
import { mountInApp } from '../../test/app.ts';
import ConfirmRegion from './ConfirmRegion.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const dialog = () => document.querySelector<HTMLDialogElement>('[data-testid="confirm-dialog"]');
const button = (testId: string) => document.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!;

async function ask(options: Partial<Parameters<ReturnType<typeof useConfirm>['require']>[0]> = {}) {
  const accept = vi.fn();
  const reject = vi.fn();
  const { wrapper } = await mountInApp(ConfirmRegion);
  useConfirmationStore().require({
    header: 'Afdeling verwijderen?',
    message: 'De Linde wordt verwijderd.',
    icon: 'pi pi-exclamation-triangle',
    acceptProps: { label: 'Verwijderen', severity: 'danger' },
    accept,
    reject,
    ...options,
  });
  await nextTick();
  await nextTick();
  return { wrapper, accept, reject };
}

describe('ConfirmRegion', () => {
  it('shows nothing until asked', async () => {
    await mountInApp(ConfirmRegion);
    expect(dialog()).toBeNull();
  });

  it('asks in an alert dialog named by its header and described by its message', async () => {
    await ask();
    const shown = dialog()!;
    expect(shown.getAttribute('role')).toBe('alertdialog');
    expect(document.getElementById(shown.getAttribute('aria-labelledby')!)?.textContent).toContain(
      'Afdeling verwijderen?',
    );
    expect(document.getElementById(shown.getAttribute('aria-describedby')!)?.textContent).toContain(
      'De Linde wordt verwijderd.',
    );
    expect(button('confirm-accept').textContent).toContain('Verwijderen');
    expect(button('confirm-accept').className).toContain('plain-button--danger');
    expect(button('confirm-reject').textContent).toContain('Annuleren');
  });

  it('runs accept on yes, and closes', async () => {
    const { accept, reject } = await ask();
    button('confirm-accept').click();
    await nextTick();
    expect(accept).toHaveBeenCalledOnce();
    expect(reject).not.toHaveBeenCalled();
    expect(useConfirmationStore().current).toBeNull();
  });

  it('runs reject on no, with the way out named as asked', async () => {
    const { accept, reject } = await ask({ rejectProps: { label: 'Niet annuleren' } });
    expect(button('confirm-reject').textContent).toContain('Niet annuleren');
    button('confirm-reject').click();
    await nextTick();
    expect(reject).toHaveBeenCalledOnce();
    expect(accept).not.toHaveBeenCalled();
  });

  it('counts a second question while one is open as a no to the first', async () => {
    const { reject } = await ask();
    const second = vi.fn();
    useConfirm().require({ header: 'Nog een', message: 'Tweede', acceptProps: { label: 'Ja' }, accept: second });
    await nextTick();
    expect(reject).toHaveBeenCalledOnce();
    button('confirm-accept').click();
    expect(second).toHaveBeenCalledOnce();
  });
});
