import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import { ApiError } from '../api/http.ts';
import { createAppI18n } from '../i18n/index.ts';
import { useToastsStore } from '../stores/toasts.ts';
import { useTestPinia } from '../test/pinia.ts';
import { useSubmit } from './useSubmit.ts';

/** useSubmit needs i18n and pinia (for its toasts), as in a form. */
function setup(options: Parameters<typeof useSubmit>[0] = {}) {
  let form!: ReturnType<typeof useSubmit>;
  const pinia = useTestPinia();
  mount(
    defineComponent({
      setup() {
        form = useSubmit(options);
        return () => null;
      },
    }),
    { global: { plugins: [createAppI18n('nl'), pinia] } },
  );
  const toast = vi.spyOn(useToastsStore(), 'add');
  return { form, toast };
}

describe('useSubmit', () => {
  it('saves, shows the success toast and runs what follows a save', async () => {
    const { form, toast } = setup();
    const saved = vi.fn();
    await form.submit(() => Promise.resolve({ name: 'Zorg' }), {
      toast: (result) => `Saved ${result.name}`,
      saved,
    });
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ severity: 'success', summary: 'Saved Zorg' }));
    expect(saved).toHaveBeenCalledWith({ name: 'Zorg' });
    expect(form.submitting.value).toBe(false);
  });

  it('does not save when the check sets a field error', async () => {
    const { form, toast } = setup();
    const saved = vi.fn();
    await form.submit(
      () => {
        form.setFieldError('name', 'Required');
        return undefined;
      },
      { toast: 'Saved', saved },
    );
    expect(saved).not.toHaveBeenCalled();
    expect(toast).not.toHaveBeenCalled();
    expect(form.submitting.value).toBe(false);
    expect(form.fieldErrors.name).toBe('Required');
  });

  it('clears the errors of the previous attempt before checking again', async () => {
    const { form } = setup();
    form.setFieldError('name', 'Required');
    form.formError.value = 'Earlier';
    await form.submit(() => Promise.resolve());
    expect(form.fieldErrors).toEqual({});
    expect(form.formError.value).toBeNull();
  });

  it('puts a refused save on its fields, and codes that belong to one field on that field', async () => {
    const { form, toast } = setup({ fieldForCode: { email_taken: 'email' } });
    await form.submit(() =>
      Promise.reject(
        new ApiError({
          status: 400,
          code: 'validation_failed',
          errors: [{ field: '/body/name', code: 'minLength', message: 'too short' }],
        }),
      ),
    );
    expect(form.fieldErrors.name).toBeTruthy();
    expect(toast).not.toHaveBeenCalled();
    await form.submit(() => Promise.reject(new ApiError({ status: 409, code: 'email_taken' })));
    expect(form.fieldErrors.email).toBeTruthy();
    expect(form.formError.value).toBeNull();
  });

  it('lets a form read a refused save its own way', async () => {
    const { form } = setup();
    const failed = vi.fn();
    await form.submit(() => Promise.reject(new ApiError({ status: 409, code: 'schedule_conflict' })), { failed });
    expect(failed).toHaveBeenCalledWith(expect.objectContaining({ code: 'schedule_conflict' }));
    expect(form.formError.value).toBeNull();
  });

  it('ignores a second submit while the first is on its way, and while something else is busy', async () => {
    let busy = false;
    const { form } = setup({ busy: () => busy });
    let finish!: () => void;
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const first = form.submit(save);
    expect(form.submitting.value).toBe(true);
    await form.submit(save);
    expect(save).toHaveBeenCalledTimes(1);
    finish();
    await first;
    busy = true;
    await form.submit(save);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
