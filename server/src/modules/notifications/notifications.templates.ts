import { DateTime } from 'luxon';
import type { Locale, NotificationKind } from '@ambassador/shared';
import { PASSWORD_RESET_TTL_MINUTES, SECURITY_NOTIFICATION_KINDS } from '@ambassador/shared/constants';

/** What one message says, in one language: the mail's subject, heading, paragraphs and button, and the bell's text. */
export type MessageContent = {
  subject: string;
  lines: string[];
  action?: string;
  /** The in-app notification: a title, and one line under it. */
  title: string;
  body: string;
};

/** What the template reads: strings only, as stored in the outbox row (`link` is a path in the SPA). */
export type MessageData = Record<string, string>;

type Context = { locale: Locale; organisationName: string };
type Template = (data: MessageData, context: Context) => MessageContent;

const when = (data: MessageData, locale: Locale) => {
  const start = DateTime.fromISO(data.startsAt ?? '', { zone: data.timezone || 'Europe/Amsterdam' }).setLocale(
    locale === 'nl' ? 'nl-NL' : 'en-GB',
  );
  const end = DateTime.fromISO(data.endsAt ?? '', { zone: data.timezone || 'Europe/Amsterdam' });
  if (!start.isValid) return '';
  return `${start.toFormat('cccc d LLLL yyyy, HH:mm')}${end.isValid ? `–${end.toFormat('HH:mm')}` : ''}`;
};

const t = (locale: Locale, nl: string, en: string) => (locale === 'nl' ? nl : en);

const TEMPLATES = {
  invitation: (_data, { locale, organisationName }) => {
    const subject = t(
      locale,
      `Uitnodiging voor Ambassador van ${organisationName}`,
      `Your invitation to Ambassador of ${organisationName}`,
    );
    return {
      subject,
      lines: [
        t(
          locale,
          `${organisationName} nodigt je uit voor Ambassador. Kies met de knop hieronder een wachtwoord; de link werkt 7 dagen en één keer.`,
          `${organisationName} invites you to Ambassador. Choose a password with the button below; the link works once, for 7 days.`,
        ),
      ],
      action: t(locale, 'Uitnodiging aannemen', 'Accept the invitation'),
      title: subject,
      body: '',
    };
  },
  password_reset: (_data, { locale }) => {
    const subject = t(locale, 'Nieuw wachtwoord kiezen', 'Choose a new password');
    return {
      subject,
      lines: [
        t(
          locale,
          `Iemand (hopelijk jij) vroeg een nieuw wachtwoord aan. De link werkt ${PASSWORD_RESET_TTL_MINUTES} minuten en één keer.`,
          `Someone (hopefully you) asked for a new password. The link works once, for ${PASSWORD_RESET_TTL_MINUTES} minutes.`,
        ),
        t(
          locale,
          'Heb je niets aangevraagd? Dan kun je dit bericht negeren; je wachtwoord blijft hetzelfde.',
          'Did you not ask for this? Then ignore this message; your password stays the same.',
        ),
      ],
      action: t(locale, 'Nieuw wachtwoord kiezen', 'Choose a new password'),
      title: subject,
      body: '',
    };
  },
  round_opened: ({ roundTitle = '' }, { locale }) => {
    const body = t(
      locale,
      `De feedbackronde "${roundTitle}" is geopend. We horen graag wat je ervaart.`,
      `The feedback round "${roundTitle}" is open. We would like to hear how it is going.`,
    );
    return {
      subject: t(locale, `Feedbackronde geopend: ${roundTitle}`, `Feedback round open: ${roundTitle}`),
      lines: [body],
      action: t(locale, 'Vragen beantwoorden', 'Answer the questions'),
      title: t(locale, 'Feedbackronde geopend', 'Feedback round open'),
      body,
    };
  },
  round_reminder: ({ roundTitle = '' }, { locale }) => {
    const body = t(
      locale,
      `Je hebt de feedbackronde "${roundTitle}" nog niet beantwoord. Het kost maar een paar minuten.`,
      `You have not answered the feedback round "${roundTitle}" yet. It only takes a few minutes.`,
    );
    return {
      subject: t(locale, `Herinnering: ${roundTitle}`, `Reminder: ${roundTitle}`),
      lines: [body],
      action: t(locale, 'Vragen beantwoorden', 'Answer the questions'),
      title: t(locale, 'Herinnering feedbackronde', 'Feedback round reminder'),
      body,
    };
  },
  finding_resolved: ({ findingTitle = '', outcome, resolution }, { locale }) => {
    const done = outcome === 'done';
    const body = done
      ? t(locale, `Je bevinding "${findingTitle}" is opgelost.`, `Your finding "${findingTitle}" has been resolved.`)
      : t(
          locale,
          `Met je bevinding "${findingTitle}" doen we niets.`,
          `Your finding "${findingTitle}" will not be acted on.`,
        );
    return {
      subject: t(locale, `Je bevinding: ${findingTitle}`, `Your finding: ${findingTitle}`),
      lines: [body, ...(resolution ? [t(locale, `Toelichting: ${resolution}`, `Explanation: ${resolution}`)] : [])],
      action: t(locale, 'Mijn bevindingen bekijken', 'See my findings'),
      title: done
        ? t(locale, 'Bevinding opgelost', 'Finding resolved')
        : t(locale, 'Bevinding afgesloten', 'Finding closed'),
      body,
    };
  },
  enrolment: (data, { locale }) => {
    const session = data.sessionTitle ?? '';
    const at = when(data, locale);
    const place = data.location ? ` (${data.location})` : '';
    const body =
      data.event === 'waitlisted'
        ? t(
            locale,
            `Je staat op de wachtlijst voor "${session}" op ${at}${place}. Komt er een plek vrij, dan hoor je het.`,
            `You are on the waiting list for "${session}" on ${at}${place}. You will hear when a place comes free.`,
          )
        : data.event === 'promoted'
          ? t(
              locale,
              `Er is een plek vrijgekomen: je bent nu ingeschreven voor "${session}" op ${at}${place}.`,
              `A place came free: you are now enrolled in "${session}" on ${at}${place}.`,
            )
          : t(
              locale,
              `Je bent ingeschreven voor "${session}" op ${at}${place}.`,
              `You are enrolled in "${session}" on ${at}${place}.`,
            );
    const subject =
      data.event === 'waitlisted'
        ? t(locale, `Wachtlijst: ${session}`, `Waiting list: ${session}`)
        : t(locale, `Inschrijving: ${session}`, `Enrolment: ${session}`);
    return {
      subject,
      lines: [
        body,
        ...(data.event === 'waitlisted'
          ? []
          : [
              t(locale, 'De afspraak zit als bijlage bij dit bericht.', 'The appointment is attached to this message.'),
            ]),
      ],
      action: t(locale, 'Training bekijken', 'See the training'),
      title: subject,
      body,
    };
  },
  session_reminder: (data, { locale }) => {
    const session = data.sessionTitle ?? '';
    const place = data.location ? ` (${data.location})` : '';
    const today = data.day === 'today';
    const body = today
      ? t(
          locale,
          `Vandaag is het zover: "${session}" op ${when(data, locale)}${place}.`,
          `Coming up today: "${session}" on ${when(data, locale)}${place}.`,
        )
      : t(
          locale,
          `Morgen is het zover: "${session}" op ${when(data, locale)}${place}.`,
          `Coming up tomorrow: "${session}" on ${when(data, locale)}${place}.`,
        );
    return {
      subject: t(locale, `Herinnering: ${session}`, `Reminder: ${session}`),
      lines: [body],
      action: t(locale, 'Training bekijken', 'See the training'),
      title: today
        ? t(locale, 'Training vandaag', 'Training today')
        : t(locale, 'Training morgen', 'Training tomorrow'),
      body,
    };
  },
  attendance_due: (data, { locale }) => {
    const session = data.sessionTitle ?? '';
    const body = t(
      locale,
      `"${session}" van ${when(data, locale)} is voorbij. Wil je de aanwezigheid invullen? Dan telt iedereen die er was mee.`,
      `"${session}" on ${when(data, locale)} is over. Would you take attendance? Then everyone who came counts as trained.`,
    );
    return {
      subject: t(locale, `Aanwezigheid invullen: ${session}`, `Take attendance: ${session}`),
      lines: [body],
      action: t(locale, 'Aanwezigheid invullen', 'Take attendance'),
      title: t(locale, 'Aanwezigheid invullen', 'Take attendance'),
      body,
    };
  },
  content_review_due: ({ itemTitle = '', dueOn = '' }, { locale }) => {
    const day = DateTime.fromISO(dueOn).setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB');
    const on = day.isValid ? day.toFormat('d LLLL yyyy') : dueOn;
    const body = t(
      locale,
      `De pagina "${itemTitle}" is sinds ${on} aan een controle toe. Klopt alles nog?`,
      `The page "${itemTitle}" has been due for a review since ${on}. Is everything still right?`,
    );
    return {
      subject: t(locale, `Pagina nakijken: ${itemTitle}`, `Review page: ${itemTitle}`),
      lines: [body],
      action: t(locale, 'Mijn pagina’s bekijken', 'See my pages'),
      title: t(locale, 'Pagina nakijken', 'Review a page'),
      body,
    };
  },
  inactivity_nudge: (_data, { locale, organisationName }) => {
    const body = t(
      locale,
      `We hebben al even niets van je gehoord. Heb je collega's geholpen of iets gedeeld? Zet het erin: zo ziet ${organisationName} wat ambassadeurs doen.`,
      `We have not heard from you for a while. Did you help colleagues or share something? Log it, so ${organisationName} sees what ambassadors do.`,
    );
    return {
      subject: t(locale, 'Hoe gaat het als ambassadeur?', 'How is it going as an ambassador?'),
      lines: [body],
      action: t(locale, 'Activiteit vastleggen', 'Log an activity'),
      title: t(locale, 'Even bijpraten?', 'Time to catch up?'),
      body,
    };
  },
  admin_digest: (data, { locale, organisationName }) => {
    const n = (key: string) => Number(data[key] ?? 0);
    const lines = [
      [n('inactiveAmbassadors'), 'ambassadeurs zijn 60 dagen stil', 'ambassadors have been quiet for 60 days'],
      [
        n('uncoveredCells'),
        'afdeling-laagcombinaties zonder ambassadeur',
        'department and layer cells without an ambassador',
      ],
      [n('attendanceDue'), 'trainingen zonder aanwezigheid', 'trainings without attendance'],
      [n('contentOverdue'), "pagina's aan controle toe", 'pages due for review'],
      [n('findingsNew'), 'nieuwe bevindingen', 'new findings'],
    ]
      .filter(([count]) => (count as number) > 0)
      .map(([count, nl, en]) => `${count} ${t(locale, nl as string, en as string)}`);
    const body =
      lines.length > 0
        ? t(
            locale,
            `Deze week vraagt aandacht: ${lines.join(', ')}.`,
            `Needs attention this week: ${lines.join(', ')}.`,
          )
        : t(locale, 'Niets dat deze week aandacht vraagt. Mooi!', 'Nothing needs attention this week. Well done!');
    return {
      subject: t(locale, `Weekoverzicht ${organisationName}`, `Weekly overview ${organisationName}`),
      lines: [body],
      action: t(locale, 'Dashboard openen', 'Open the dashboard'),
      title: t(locale, 'Weekoverzicht', 'Weekly overview'),
      body,
    };
  },
  session_changed: (data, { locale }) => {
    const session = data.sessionTitle ?? '';
    const place = data.location ? ` (${data.location})` : '';
    const body = t(
      locale,
      `"${session}" is gewijzigd. Het is nu op ${when(data, locale)}${place}.`,
      `"${session}" has changed. It is now on ${when(data, locale)}${place}.`,
    );
    return {
      subject: t(locale, `Gewijzigd: ${session}`, `Changed: ${session}`),
      lines: [
        body,
        t(
          locale,
          'De nieuwe afspraak zit als bijlage bij dit bericht; je agenda vervangt de oude.',
          'The new appointment is attached; your calendar replaces the old one.',
        ),
      ],
      action: t(locale, 'Training bekijken', 'See the training'),
      title: t(locale, 'Training gewijzigd', 'Training changed'),
      body,
    };
  },
  session_cancelled: (data, { locale }) => {
    const session = data.sessionTitle ?? '';
    const body = t(
      locale,
      `"${session}" van ${when(data, locale)} gaat niet door.`,
      `"${session}" on ${when(data, locale)} has been cancelled.`,
    );
    return {
      subject: t(locale, `Geannuleerd: ${session}`, `Cancelled: ${session}`),
      lines: [
        body,
        t(
          locale,
          'Met de bijlage haal je de afspraak uit je agenda.',
          'The attachment removes the appointment from your calendar.',
        ),
      ],
      action: t(locale, 'Trainingen bekijken', 'See the trainings'),
      title: t(locale, 'Training geannuleerd', 'Training cancelled'),
      body,
    };
  },
} satisfies Partial<Record<NotificationKind, Template>>;

/** The kinds that have a message. */
export type TemplatedKind = keyof typeof TEMPLATES;

export function messageContent(kind: TemplatedKind, data: MessageData, context: Context): MessageContent {
  return TEMPLATES[kind](data, context);
}

export const isTemplated = (kind: string): kind is TemplatedKind => Object.hasOwn(TEMPLATES, kind);

/** Invitations and password resets: always sent at once, never switched off, no unsubscribe link. */
export const isSecurityKind = (kind: string) => (SECURITY_NOTIFICATION_KINDS as readonly string[]).includes(kind);
