import { domainError } from '../../http/errors.ts';

/** Attendance, a round answered or a page reviewed wrote it: it goes when that goes, not by hand. */
export const ActivityAutomatic = domainError(
  'activity_automatic',
  409,
  'This activity was recorded by the app (attendance, a feedback round or a content review) and cannot be deleted',
);

/** An ambassador user without an active (or onboarding) ambassador record has nothing to log activity for. */
export const NotAnActiveAmbassador = domainError(
  'forbidden',
  403,
  'Only an active or onboarding ambassador logs activity for herself',
);

/** The organisation has not switched recognition on: there are no points and no leaderboard. */
export const RecognitionOff = domainError(
  'recognition_off',
  409,
  'Recognition (points and a leaderboard) is switched off for this organisation',
);
