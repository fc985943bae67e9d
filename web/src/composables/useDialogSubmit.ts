import { watch, type Ref } from 'vue';
import { useSubmit, type SubmitOptions } from './useSubmit.ts';

/**
 * useSubmit for a form in a dialog (FormDialog): `onOpen` fills the form afresh each time the dialog opens and clears
 * the errors of the last time; `closeThen` makes a `saved` handler that closes the dialog and hands the result on.
 */
export function useDialogSubmit(visible: Ref<boolean>, options: SubmitOptions = {}) {
  const form = useSubmit(options);

  function onOpen(fill: () => void): void {
    watch(visible, (open) => {
      if (!open) return;
      fill();
      form.clearErrors();
    });
  }

  function closeThen<T>(then: (result: T) => unknown): (result: T) => unknown {
    return (result) => {
      visible.value = false;
      return then(result);
    };
  }

  return { ...form, onOpen, closeThen };
}
