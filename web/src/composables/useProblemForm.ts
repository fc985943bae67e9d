import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { ApiError, type FieldError } from '../lib/apiError.ts';
import { useErrorMessage } from './useErrorMessage.ts';

/** Validation keywords (JSON Schema / AJV) that the server may pass through as field error codes. */
const FIELD_CODE_ALIASES: Record<string, string> = {
  minLength: 'too_short',
  maxLength: 'too_long',
  minItems: 'too_short',
  maxItems: 'too_long',
  format: 'invalid_format',
  pattern: 'invalid_format',
  minimum: 'out_of_range',
  maximum: 'out_of_range',
  exclusiveMinimum: 'out_of_range',
  exclusiveMaximum: 'out_of_range',
};

/** `/body/coverageTarget/perEmployees`, `body.email` and `email` all name the same form field. */
export function normaliseField(field: string): string {
  return field
    .replace(/^\//, '')
    .replace(/^body[./]/, '')
    .replace(/\//g, '.');
}

/**
 * Form error state from problem+json: field errors go next to their field; codes that belong to one
 * field (`email_taken` → `email`) do too; anything else becomes the form's message.
 */
export function useProblemForm(fieldForCode: Record<string, string> = {}) {
  const { t, te } = useI18n();
  const { errorMessage } = useErrorMessage();
  const fieldErrors = reactive<Record<string, string>>({});
  const formError = ref<string | null>(null);

  function fieldMessage(error: FieldError): string {
    const code = FIELD_CODE_ALIASES[error.code] ?? error.code;
    if (te(`fieldErrors.${code}`)) return t(`fieldErrors.${code}`);
    if (te(`errors.${code}`)) return t(`errors.${code}`);
    return t('fieldErrors.invalid');
  }

  function clearErrors(): void {
    for (const key of Object.keys(fieldErrors)) delete fieldErrors[key];
    formError.value = null;
  }

  function setFieldError(field: string, message: string): void {
    fieldErrors[field] = message;
  }

  function applyError(error: unknown): void {
    clearErrors();
    if (error instanceof ApiError) {
      for (const item of error.errors) {
        if (item.field === undefined) continue;
        fieldErrors[normaliseField(item.field)] ??= fieldMessage(item);
      }
      const field = fieldForCode[error.code];
      if (field) {
        fieldErrors[field] = errorMessage(error);
        return;
      }
    }
    formError.value = errorMessage(error);
  }

  const hasFieldErrors = () => Object.keys(fieldErrors).length > 0;

  return { fieldErrors, formError, clearErrors, setFieldError, applyError, hasFieldErrors };
}
