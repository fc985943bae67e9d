import { ref } from 'vue';
import { useToastsStore } from '../stores/toasts.ts';
import { useProblemForm } from './useProblemForm.ts';

export interface SubmitHandlers<T> {
  /** The success toast, if the form shows one. */
  toast?: string | ((result: T) => string);
  /** After a save (and its toast): close the dialog, tell the parent, move on. A failure here counts as a failed save. */
  saved?: (result: T) => unknown;
  /** Instead of placing the problem on the form's fields (`applyError`), when a form reads an error its own way. */
  failed?: (error: unknown) => unknown;
}

export interface SubmitOptions {
  /** Problem codes that belong to one field (`email_taken` → `email`). */
  fieldForCode?: Record<string, string>;
  /** Something else is saving the same record (a store's `saving`); the form waits for it. */
  busy?: () => boolean;
}

/**
 * The one way a form or dialog saves: clear the errors, check the form, save, toast, and put a refused save's problem
 * next to its fields.
 */
export function useSubmit({ fieldForCode = {}, busy = () => false }: SubmitOptions = {}) {
  const problem = useProblemForm(fieldForCode);
  const toasts = useToastsStore();
  const submitting = ref(false);

  /**
   * `attempt` checks the form (placing field errors with `setFieldError`) and returns the save on its way, or
   * `undefined` when the form is not valid or there is nothing to send.
   */
  async function submit<T>(attempt: () => Promise<T> | undefined, handlers: SubmitHandlers<T> = {}): Promise<void> {
    if (submitting.value || busy()) return;
    problem.clearErrors();
    const saving = attempt();
    if (saving === undefined) return;
    submitting.value = true;
    try {
      const result = await saving;
      const summary = typeof handlers.toast === 'function' ? handlers.toast(result) : handlers.toast;
      if (summary) toasts.add({ severity: 'success', summary, life: 4000 });
      await handlers.saved?.(result);
    } catch (error) {
      if (handlers.failed) await handlers.failed(error);
      else problem.applyError(error);
    } finally {
      submitting.value = false;
    }
  }

  /** What a form says when there was nothing to save (`noChanges`). */
  const notice = ref<string | null>(null);

  /**
   * Saves only what changed: `changes` gives the changed values (or nothing when the form is not valid); with none
   * the form says `noChanges` instead of saving.
   */
  function submitChanges<B extends object, T>(
    changes: () => B | null | undefined,
    save: (body: B) => Promise<T>,
    noChanges: string,
    handlers: SubmitHandlers<T> = {},
  ): Promise<void> {
    return submit(() => {
      notice.value = null;
      const body = changes();
      if (!body) return undefined;
      if (Object.keys(body).length > 0) return save(body);
      notice.value = noChanges;
      return undefined;
    }, handlers);
  }

  return { ...problem, submitting, submit, notice, submitChanges };
}
