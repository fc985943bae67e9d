import { useI18n } from 'vue-i18n';
import { ApiError } from '../lib/apiError.ts';
import { useErrorMessage } from './useErrorMessage.ts';

/**
 * A refused round action in the user's language. `round_not_ready` names what the draft lacks (its `missing`);
 * every other code reads its sentence under `errors`.
 */
export function useRoundErrors() {
  const { t, te } = useI18n();
  const { errorMessage } = useErrorMessage();

  function roundError(error: unknown): string {
    if (error instanceof ApiError && error.code === 'round_not_ready') {
      const missing = Array.isArray(error.extensions.missing)
        ? error.extensions.missing.filter((item): item is string => typeof item === 'string')
        : [];
      const names = missing.map((item) => (te(`rounds.missing.${item}`) ? t(`rounds.missing.${item}`) : item));
      if (names.length > 0) return t('rounds.detail.notReady', { missing: names.join(', ') });
    }
    return errorMessage(error);
  }

  return { roundError };
}
