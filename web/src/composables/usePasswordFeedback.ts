import { useI18n } from 'vue-i18n';
import { ApiError } from '../lib/apiError.ts';

/**
 * For `weak_password`: one sentence for the password field that says why, in the user's language, from the
 * server's feedback keys. Keys this version does not know are left out rather than shown raw.
 */
export function usePasswordFeedback() {
  const { t, te } = useI18n();

  function weakPasswordMessage(error: unknown): string | null {
    if (!(error instanceof ApiError) || error.code !== 'weak_password') return null;
    const { warning, suggestions } = error.feedback ?? { warning: null, suggestions: [] };
    const keys = [
      ...(warning ? [`passwordFeedback.warnings.${warning}`] : []),
      ...suggestions.map((suggestion) => `passwordFeedback.suggestions.${suggestion}`),
    ];
    return [t('fieldErrors.weak_password'), ...keys.filter((key) => te(key)).map((key) => t(key))].join(' ');
  }

  return { weakPasswordMessage };
}
