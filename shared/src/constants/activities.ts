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

/**
 * Recognition (off by default: some works councils object): points per activity kind, times the colleagues it
 * reached for the kinds that carry a count. The organisation's admin may change each between 0 and the maximum.
 */
export const RECOGNITION_DEFAULT_POINTS = {
  training_given: 2,
  colleague_helped: 1,
  content_published: 5,
  feedback_given: 3,
  content_reviewed: 2,
  event: 5,
} as const satisfies Record<(typeof ActivityKinds)[number], number>;
export const RECOGNITION_MAX_POINTS = 100;
