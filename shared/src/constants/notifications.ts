/** Every kind of mail and in-app notification the app sends. */
export const NotificationKinds = [
  'invitation',
  'password_reset',
  'enrolment',
  'session_changed',
  'session_cancelled',
  'session_reminder',
  'attendance_due',
  'round_opened',
  'round_reminder',
  'finding_resolved',
  'content_review_due',
  'inactivity_nudge',
  'admin_digest',
] as const;

/** Security mails: always sent at once, never in a digest, and no unsubscribe link. */
export const SECURITY_NOTIFICATION_KINDS = [
  'invitation',
  'password_reset',
] as const satisfies readonly (typeof NotificationKinds)[number][];

/** How a person wants one kind of mail: at once, gathered in the weekly digest, or not at all. */
export const EmailDeliveries = ['immediate', 'digest', 'off'] as const;

/** Where a mail is: waiting for the sender job, handed to the SMTP server, or given up after the last retry. */
export const OutboxStatuses = ['queued', 'sent', 'failed'] as const;

/** A password-reset link is valid this long. */
export const PASSWORD_RESET_TTL_MINUTES = 60;
