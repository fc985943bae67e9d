import type { Locale, NotificationKind } from '@ambassador/shared';
import { escapeHtml } from '../../mail/render.ts';

const KIND_NAMES: Record<Locale, Partial<Record<NotificationKind, string>>> = {
  nl: {
    enrolment: 'inschrijvingen voor trainingen',
    round_opened: 'geopende feedbackrondes',
    round_reminder: 'herinneringen aan feedbackrondes',
    finding_resolved: 'afgehandelde bevindingen',
  },
  en: {
    enrolment: 'training enrolments',
    round_opened: 'feedback rounds opened',
    round_reminder: 'feedback round reminders',
    finding_resolved: 'resolved findings',
  },
};

/** The page a person sees after following an unsubscribe link: what was switched off, and where to change it. */
export function unsubscribedPage({ kind, locale }: { kind: NotificationKind; locale: Locale }): string {
  const what = KIND_NAMES[locale][kind] ?? kind;
  const [title, body] =
    locale === 'nl'
      ? ['Afgemeld', `Je ontvangt geen mails meer over ${what}. In je profiel kun je dit weer aanzetten.`]
      : [
          'Unsubscribed',
          `You will no longer receive mails about ${what}. You can switch them on again in your profile.`,
        ];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${escapeHtml(body)}</p></main></body></html>\n`;
}
