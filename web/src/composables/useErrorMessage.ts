import { useI18n } from 'vue-i18n';
import { ApiError } from '../lib/apiError.ts';

/** Turns any caught error into a sentence in the user's language, keyed by the problem `code`. */
export function useErrorMessage() {
  const { t, te } = useI18n();

  function errorMessage(error: unknown): string {
    if (!(error instanceof ApiError)) return t('errors.generic');
    const key = `errors.${error.code}`;
    const message = te(key) ? t(key) : t('errors.generic');
    if (error.code === 'rate_limited' && error.retryAfter !== undefined) {
      return `${message} ${t('errorHints.retryAfter', { seconds: error.retryAfter })}`;
    }
    return message;
  }

  return { errorMessage };
}
