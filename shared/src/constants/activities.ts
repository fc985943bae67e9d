/**
 * What an ambassador did. `training_given` is written by attendance (one per trainer and session) and may also be
 * logged by hand for informal training; `feedback_given` and `content_reviewed` are only written by the app.
 */
export const ActivityKinds = [
  'training_given',
  'colleague_helped',
  'content_published',
  'feedback_given',
  'content_reviewed',
  'event',
] as const;

/** The kinds a person logs by hand; the others follow from what she does in the app. */
export const LOGGABLE_ACTIVITY_KINDS = [
  'colleague_helped',
  'content_published',
  'event',
  'training_given',
] as const satisfies readonly (typeof ActivityKinds)[number][];

/** The bounds of a logged activity: a count of colleagues (never names), a short note. */
export const ACTIVITY_LIMITS = { count: { min: 1, max: 500 }, note: 500 } as const;

/** Days without any activity after which an active ambassador gets a nudge on her home, and the admin sees her. */
export const INACTIVITY_DAYS = { nudge: 30, dashboard: 60 } as const;
