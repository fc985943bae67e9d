import type { Locale, NotificationKind } from '@ambassador/shared';
import { escapeHtml } from '../../mail/render.ts';

/** Every kind one can unsubscribe from (all but the security mails), named as the page says it. */
const KIND_NAMES: Record<Locale, Record<Exclude<NotificationKind, 'invitation' | 'password_reset'>, string>> = {
  nl: {
    enrolment: 'inschrijvingen voor trainingen',
    session_changed: 'gewijzigde trainingen',
    session_cancelled: 'geannuleerde trainingen',
    session_reminder: 'herinneringen aan trainingen',
    attendance_due: 'aanwezigheid invullen',
    round_opened: 'geopende feedbackrondes',
    round_reminder: 'herinneringen aan feedbackrondes',
    finding_resolved: 'afgehandelde bevindingen',
    content_review_due: "pagina's die aan controle toe zijn",
    inactivity_nudge: 'berichten als je een tijd niets hebt vastgelegd',
    admin_digest: 'het weekoverzicht',
  },
  en: {
    enrolment: 'training enrolments',
    session_changed: 'changed trainings',
    session_cancelled: 'cancelled trainings',
    session_reminder: 'training reminders',
    attendance_due: 'taking attendance',
    round_opened: 'feedback rounds opened',
    round_reminder: 'feedback round reminders',
    finding_resolved: 'resolved findings',
    content_review_due: 'pages due for review',
    inactivity_nudge: 'messages when you have not logged anything for a while',
    admin_digest: 'the weekly overview',
  },
};

const nameOf = (kind: NotificationKind, locale: Locale) =>
  (KIND_NAMES[locale] as Partial<Record<NotificationKind, string>>)[kind] ?? kind;

const page = (locale: Locale, title: string, body: string) =>
  `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>\n`;

/**
 * The page a person sees when she opens an unsubscribe link: it asks, and only the button (a POST) switches the mail
 * off. Mail scanners that open every link in a mail therefore unsubscribe nobody (RFC 8058, section 1).
 */
export function confirmUnsubscribePage({
  kind,
  locale,
  action,
}: {
  kind: NotificationKind;
  locale: Locale;
  action: string;
}) {
  const what = nameOf(kind, locale);
  const [title, question, button] =
    locale === 'nl'
      ? ['Afmelden', `Wil je geen mails meer over ${what}?`, 'Afmelden']
      : ['Unsubscribe', `Do you want to stop receiving mails about ${what}?`, 'Unsubscribe'];
  return page(
    locale,
    title,
    `<p>${escapeHtml(question)}</p><form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${button}</button></form>`,
  );
}

/** The page a person sees after following an unsubscribe link: what was switched off, and where to change it. */
export function unsubscribedPage({ kind, locale }: { kind: NotificationKind; locale: Locale }): string {
  const what = nameOf(kind, locale);
  const [title, body] =
    locale === 'nl'
      ? ['Afgemeld', `Je ontvangt geen mails meer over ${what}. In je profiel kun je dit weer aanzetten.`]
      : [
          'Unsubscribed',
          `You will no longer receive mails about ${what}. You can switch them on again in your profile.`,
        ];
  return page(locale, title, `<p>${escapeHtml(body)}</p>`);
}
