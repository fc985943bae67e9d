import { Type, type Static } from 'typebox';
import { DateTime, Email, Locale, Page, PageQuery, Password, PersonName, Uuid } from './common.ts';
import { EmailDeliveries, NotificationKinds, OutboxStatuses } from './constants/notifications.ts';
import { LoginResponse } from './auth.ts';

export const NotificationKind = Type.Enum([...NotificationKinds]);
export type NotificationKind = Static<typeof NotificationKind>;

export const EmailDelivery = Type.Enum([...EmailDeliveries]);
export type EmailDelivery = Static<typeof EmailDelivery>;

export const OutboxStatus = Type.Enum([...OutboxStatuses]);
export type OutboxStatus = Static<typeof OutboxStatus>;

export const ForgotPasswordBody = Type.Object({ email: Email }, { additionalProperties: false });
export type ForgotPasswordBody = Static<typeof ForgotPasswordBody>;

export const ResetPasswordBody = Type.Object(
  { token: Type.String({ minLength: 16, maxLength: 200 }), password: Password },
  { additionalProperties: false },
);
export type ResetPasswordBody = Static<typeof ResetPasswordBody>;

/** After a reset the person is logged in, as after a login. */
export const ResetPasswordResponse = LoginResponse;
export type ResetPasswordResponse = Static<typeof ResetPasswordResponse>;

export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 1024 }), newPassword: Password },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

/** Per kind, how the person wants its mail; security kinds are always `immediate`. */
export const EmailPreferences = Type.Record(Type.String(), EmailDelivery);
export type EmailPreferences = Partial<Record<(typeof NotificationKinds)[number], EmailDelivery>>;

export const Preferences = Type.Object({
  name: Type.String(),
  locale: Locale,
  email: EmailPreferences,
});
export type Preferences = Omit<Static<typeof Preferences>, 'email'> & { email: EmailPreferences };

export const PreferencesPatch = Type.Object(
  {
    name: Type.Optional(PersonName),
    locale: Type.Optional(Locale),
    email: Type.Optional(
      Type.Object(Object.fromEntries(NotificationKinds.map((kind) => [kind, Type.Optional(EmailDelivery)])), {
        additionalProperties: false,
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type PreferencesPatch = {
  name?: string;
  locale?: Static<typeof Locale>;
  email?: EmailPreferences;
};

/** One in-app notification; `link` is a path in the SPA (e.g. `/feedback/rounds/…`), or null. */
export const Notification = Type.Object({
  id: Uuid,
  kind: NotificationKind,
  title: Type.String(),
  body: Type.String(),
  link: Type.Union([Type.String(), Type.Null()]),
  readAt: Type.Union([DateTime, Type.Null()]),
  createdAt: DateTime,
});
export type Notification = Static<typeof Notification>;

/** A page of her notifications, newest first, with how many of all are unread. */
export const NotificationPage = Type.Object({
  ...Page(Notification).properties,
  unreadCount: Type.Integer({ minimum: 0 }),
});
export type NotificationPage = Static<typeof NotificationPage>;

export const OutboxMessage = Type.Object({
  id: Uuid,
  kind: NotificationKind,
  status: OutboxStatus,
  recipient: Type.String(),
  subject: Type.String(),
  attempts: Type.Integer({ minimum: 0 }),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: DateTime,
  sentAt: Type.Union([DateTime, Type.Null()]),
});
export type OutboxMessage = Static<typeof OutboxMessage>;

export const NotificationListQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });
export type NotificationListQuery = Static<typeof NotificationListQuery>;

/** The organisation's mails, newest first; filter by status and kind. */
export const OutboxListQuery = Type.Object(
  { status: Type.Optional(OutboxStatus), kind: Type.Optional(NotificationKind), ...PageQuery },
  { additionalProperties: false },
);
export type OutboxListQuery = Static<typeof OutboxListQuery>;

export const OutboxPage = Page(OutboxMessage);

/**
 * One mail with what it says: its plain text as sent, or as it will be sent while it waits. Null for a security mail
 * (invitation, password reset) once sent, and while it waits when an SMTP server is set: its link is a secret.
 */
export const OutboxMail = Type.Object({
  ...OutboxMessage.properties,
  text: Type.Union([Type.String(), Type.Null()]),
  attachments: Type.Array(Type.Object({ filename: Type.String(), contentType: Type.String() })),
});
export type OutboxMail = Static<typeof OutboxMail>;
export type OutboxPage = Static<typeof OutboxPage>;

/** The token of an unsubscribe link (`/api/v1/unsubscribe?token=…`), as put in every non-security mail. */
export const UnsubscribeQuery = Type.Object(
  // Its shape is checked with its signature (a wrong one is a 404, like a forged one); here only its length.
  { token: Type.String({ minLength: 16, maxLength: 300 }) },
  { additionalProperties: false },
);
export type UnsubscribeQuery = Static<typeof UnsubscribeQuery>;

/** What an unsubscribe link did (or, for GET, would do): this kind of mail is off for this person. */
export const UnsubscribeResponse = Type.Object({ kind: NotificationKind, email: EmailDelivery });
export type UnsubscribeResponse = Static<typeof UnsubscribeResponse>;
