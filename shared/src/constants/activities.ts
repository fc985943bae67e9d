/** What an ambassador did. `training_given` is written by attendance, one per trainer and session. */
export const ActivityKinds = [
  'training_given',
  'colleague_helped',
  'content_published',
  'feedback_given',
  'event',
] as const;
