import type {
  EnrolmentStatus,
  ScheduleConflict,
  SessionKind,
  SessionStatus,
  SessionWarning,
  TrainingSession,
} from '@ambassador/shared';
import { useI18n } from 'vue-i18n';
import { ApiError } from '../lib/apiError.ts';
import { intlLocale } from '../i18n/index.ts';
import { useAuthStore } from '../stores/auth.ts';
import { useErrorMessage } from './useErrorMessage.ts';

/** Names, times and messages of training sessions in the user's language and the organisation's time zone. */
export function useTrainingText() {
  const { t, te, locale } = useI18n();
  const auth = useAuthStore();
  const { errorMessage } = useErrorMessage();

  function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const timeZone = auth.organisation?.timezone;
    try {
      return new Intl.DateTimeFormat(intlLocale(locale.value), { ...options, timeZone });
    } catch {
      // An unknown zone name must not break the page: the browser's own zone is the next best.
      return new Intl.DateTimeFormat(intlLocale(locale.value), options);
    }
  }

  /** "dinsdag 10 maart 2026, 09:00–11:00"; `short`: "di 10 mrt 2026, 09:00–11:00". */
  function when(session: Pick<TrainingSession, 'startsAt' | 'endsAt'>, style: 'long' | 'short' = 'long'): string {
    const start = new Date(session.startsAt);
    const end = new Date(session.endsAt);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${session.startsAt} – ${session.endsAt}`;
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { dateStyle: 'full', timeStyle: 'short' }
        : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };
    const format = formatter(options);
    return end > start ? format.formatRange(start, end) : format.format(start);
  }

  const kindName = (kind: SessionKind) => (te(`training.kind.${kind}`) ? t(`training.kind.${kind}`) : kind);
  const statusName = (status: SessionStatus) =>
    te(`training.status.${status}`) ? t(`training.status.${status}`) : status;
  const enrolmentStatusName = (status: EnrolmentStatus) =>
    te(`training.enrolmentStatus.${status}`) ? t(`training.enrolmentStatus.${status}`) : status;

  /** The server's English text when this version of the app does not know the code yet. */
  const warningText = (warning: SessionWarning) =>
    te(`training.warnings.${warning.code}`) ? t(`training.warnings.${warning.code}`) : warning.message;

  const conflictText = (conflict: ScheduleConflict) =>
    t(`training.conflict.reason.${conflict.reason}`, { subject: conflict.subject });

  /** The training endpoints' own codes first, then the general ones. */
  function errorText(error: unknown): string {
    if (error instanceof ApiError && te(`training.errors.${error.code}`)) return t(`training.errors.${error.code}`);
    return errorMessage(error);
  }

  return { when, kindName, statusName, enrolmentStatusName, warningText, conflictText, errorText };
}
