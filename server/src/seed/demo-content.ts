import type { ActivityKind, ContentStatus } from '@ambassador/shared';
import { activities } from '../db/schema/activities.ts';
import type { Changes } from '../events/index.ts';
import type { ActorScope } from '../http/actor.ts';
import { addDays, dayIn } from '../lib/days.ts';
import { findAmbassadorByEmployee } from '../modules/ambassadors/ambassadors.repository.ts';
import { create as createAmbassador } from '../modules/ambassadors/ambassadors.service.ts';
import { create as createContentItem } from '../modules/content/content.service.ts';
import { employeeIdsByNumber } from '../modules/employees/employees.repository.ts';
import { seeded } from './demo-feedback.ts';

/**
 * The content register and a year of logged activity. The register holds the intranet's pages by section, each looked
 * after by an ambassador of the content team (or by nobody yet); some are overdue for review. The network logged
 * what it did over the last year: colleagues helped (often with digital skills), pages published, events and informal
 * training. Most active ambassadors are busy up to the seed day; a few have gone quiet for over 60 days and one for
 * between 30 and 60, so the dashboard and the nudge on the home page have someone to show. Every day is counted back
 * from the seed day in the organisation's time zone, and the numbers come from a seeded generator.
 */

/** Two more active ambassadors in the Beuk team, who went quiet: 1036 months ago, 1031 some weeks ago. */
const NEW_AMBASSADORS = ['1031', '1036'];

/** Who logs what, from the day she joined (days before the seed day) to her last activity (0: busy until now). */
type Logger = { employeeNumber: string; since: number; lastActive: number; trainer?: boolean; content?: boolean };
const LOGGERS: Logger[] = [
  { employeeNumber: '1015', since: 365, lastActive: 0, trainer: true, content: true },
  { employeeNumber: '1249', since: 360, lastActive: 0, trainer: true },
  { employeeNumber: '1141', since: 340, lastActive: 0, content: true },
  { employeeNumber: '1356', since: 330, lastActive: 0, trainer: true, content: true },
  { employeeNumber: '1493', since: 300, lastActive: 0, content: true },
  { employeeNumber: '1060', since: 280, lastActive: 0 },
  { employeeNumber: '1235', since: 200, lastActive: 0 },
  { employeeNumber: '1146', since: 190, lastActive: 0 },
  { employeeNumber: '1304', since: 180, lastActive: 0 },
  { employeeNumber: '1334', since: 170, lastActive: 0 },
  { employeeNumber: '1105', since: 160, lastActive: 0 },
  { employeeNumber: '1447', since: 150, lastActive: 0, content: true },
  { employeeNumber: '1469', since: 140, lastActive: 0 },
  // Quiet for over 60 days.
  { employeeNumber: '1206', since: 200, lastActive: 75 },
  { employeeNumber: '1393', since: 260, lastActive: 130 },
  { employeeNumber: '1036', since: 300, lastActive: 95 },
  // Quiet for between 30 and 60 days.
  { employeeNumber: '1031', since: 250, lastActive: 45 },
];

type Page = {
  title: string;
  section: string;
  slug: string;
  owner?: string;
  status: ContentStatus;
  reviewIntervalDays: number;
  /** Days before the seed day it was last reviewed: above the interval, the page is overdue. */
  reviewedDaysAgo: number;
};

const PAGES: Page[] = [
  {
    section: 'Nieuws',
    title: 'Nieuwsoverzicht',
    slug: 'nieuws',
    owner: '1015',
    status: 'keep',
    reviewIntervalDays: 30,
    reviewedDaysAgo: 12,
  },
  {
    section: 'Nieuws',
    title: 'Bestuur aan het woord',
    slug: 'nieuws/bestuur',
    owner: '1493',
    status: 'rewrite',
    reviewIntervalDays: 90,
    reviewedDaysAgo: 120,
  },
  {
    section: 'Nieuws',
    title: 'Agenda en evenementen',
    slug: 'nieuws/agenda',
    owner: '1015',
    status: 'keep',
    reviewIntervalDays: 30,
    reviewedDaysAgo: 41,
  },
  {
    section: 'Nieuws',
    title: 'Personeelsblad De Horizon',
    slug: 'nieuws/personeelsblad',
    status: 'remove',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 400,
  },
  {
    section: 'Nieuws',
    title: 'Nieuws van je locatie',
    slug: 'nieuws/locaties',
    owner: '1141',
    status: 'new',
    reviewIntervalDays: 30,
    reviewedDaysAgo: 5,
  },
  {
    section: 'Organisatie',
    title: 'Organisatiestructuur',
    slug: 'organisatie/structuur',
    owner: '1493',
    status: 'keep',
    reviewIntervalDays: 365,
    reviewedDaysAgo: 200,
  },
  {
    section: 'Organisatie',
    title: 'Raad van Bestuur en Raad van Toezicht',
    slug: 'organisatie/bestuur',
    owner: '1493',
    status: 'keep',
    reviewIntervalDays: 365,
    reviewedDaysAgo: 380,
  },
  {
    section: 'Organisatie',
    title: 'Ondernemingsraad',
    slug: 'organisatie/or',
    owner: '1447',
    status: 'rewrite',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 90,
  },
  {
    section: 'Organisatie',
    title: 'Cliëntenraad',
    slug: 'organisatie/clientenraad',
    owner: '1447',
    status: 'keep',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 60,
  },
  {
    section: 'Organisatie',
    title: 'Locaties en adressen',
    slug: 'organisatie/locaties',
    owner: '1493',
    status: 'keep',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 150,
  },
  {
    section: 'Organisatie',
    title: 'Visie, missie en kernwaarden',
    slug: 'organisatie/visie',
    status: 'keep',
    reviewIntervalDays: 730,
    reviewedDaysAgo: 300,
  },
  {
    section: 'Organisatie',
    title: 'Jaarverslag 2024',
    slug: 'organisatie/jaarverslag-2024',
    status: 'remove',
    reviewIntervalDays: 365,
    reviewedDaysAgo: 500,
  },
  {
    section: 'Zorg',
    title: 'Zorgprotocollen A-Z',
    slug: 'zorg/protocollen',
    owner: '1356',
    status: 'keep',
    reviewIntervalDays: 90,
    reviewedDaysAgo: 30,
  },
  {
    section: 'Zorg',
    title: 'Medicatieveiligheid',
    slug: 'zorg/medicatie',
    owner: '1356',
    status: 'rewrite',
    reviewIntervalDays: 90,
    reviewedDaysAgo: 104,
  },
  {
    section: 'Zorg',
    title: 'Valpreventie',
    slug: 'zorg/valpreventie',
    owner: '1141',
    status: 'keep',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 100,
  },
  {
    section: 'Zorg',
    title: 'Wondzorg',
    slug: 'zorg/wondzorg',
    owner: '1141',
    status: 'keep',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 175,
  },
  {
    section: 'Zorg',
    title: 'Palliatieve zorg',
    slug: 'zorg/palliatief',
    owner: '1356',
    status: 'keep',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 210,
  },
  {
    section: 'Zorg',
    title: 'Dementie: omgaan met onbegrepen gedrag',
    slug: 'zorg/dementie',
    owner: '1141',
    status: 'new',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 20,
  },
  {
    section: 'Zorg',
    title: 'Zorgleefplan in het ECD',
    slug: 'zorg/zorgleefplan',
    owner: '1015',
    status: 'rewrite',
    reviewIntervalDays: 90,
    reviewedDaysAgo: 95,
  },
  {
    section: 'Zorg',
    title: 'Vrijheidsbeperkende maatregelen (Wzd)',
    slug: 'zorg/wzd',
    status: 'keep',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 240,
  },
  {
    section: 'HR-zaken',
    title: 'Roosters, diensten ruilen en verlof',
    slug: 'hr/roosters',
    owner: '1015',
    status: 'keep',
    reviewIntervalDays: 90,
    reviewedDaysAgo: 33,
  },
  {
    section: 'HR-zaken',
    title: 'Ziekmelden en verzuim',
    slug: 'hr/verzuim',
    owner: '1493',
    status: 'keep',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 80,
  },
  {
    section: 'HR-zaken',
    title: 'Cao VVT',
    slug: 'hr/cao',
    status: 'keep',
    reviewIntervalDays: 365,
    reviewedDaysAgo: 100,
  },
  {
    section: 'HR-zaken',
    title: 'Salarisstroken en jaaropgaven',
    slug: 'hr/salaris',
    owner: '1447',
    status: 'keep',
    reviewIntervalDays: 365,
    reviewedDaysAgo: 370,
  },
  {
    section: 'HR-zaken',
    title: 'Opleidingen en e-learning',
    slug: 'hr/leren',
    owner: '1356',
    status: 'rewrite',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 90,
  },
  {
    section: 'HR-zaken',
    title: 'Vacatures intern',
    slug: 'hr/vacatures',
    owner: '1447',
    status: 'keep',
    reviewIntervalDays: 30,
    reviewedDaysAgo: 9,
  },
  {
    section: 'HR-zaken',
    title: 'Vertrouwenspersoon',
    slug: 'hr/vertrouwenspersoon',
    status: 'keep',
    reviewIntervalDays: 365,
    reviewedDaysAgo: 120,
  },
  {
    section: 'ICT-hulp',
    title: 'Inloggen en wachtwoord vergeten',
    slug: 'ict/inloggen',
    owner: '1015',
    status: 'keep',
    reviewIntervalDays: 90,
    reviewedDaysAgo: 20,
  },
  {
    section: 'ICT-hulp',
    title: 'Tweestapsverificatie instellen',
    slug: 'ict/mfa',
    owner: '1141',
    status: 'rewrite',
    reviewIntervalDays: 90,
    reviewedDaysAgo: 97,
  },
  {
    section: 'ICT-hulp',
    title: 'Teams en Outlook op je telefoon',
    slug: 'ict/teams-mobiel',
    owner: '1015',
    status: 'new',
    reviewIntervalDays: 90,
    reviewedDaysAgo: 14,
  },
  {
    section: 'ICT-hulp',
    title: 'Storing melden bij de servicedesk',
    slug: 'ict/storing',
    owner: '1493',
    status: 'keep',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 60,
  },
  {
    section: 'ICT-hulp',
    title: 'Phishing herkennen',
    slug: 'ict/phishing',
    owner: '1141',
    status: 'keep',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 190,
  },
  {
    section: 'ICT-hulp',
    title: 'Printen en scannen',
    slug: 'ict/printen',
    status: 'remove',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 420,
  },
  {
    section: 'Kwaliteit',
    title: 'Kwaliteitskader verpleeghuiszorg',
    slug: 'kwaliteit/kader',
    owner: '1356',
    status: 'keep',
    reviewIntervalDays: 365,
    reviewedDaysAgo: 150,
  },
  {
    section: 'Kwaliteit',
    title: 'Incidenten melden (MIC/MIM)',
    slug: 'kwaliteit/incidenten',
    owner: '1356',
    status: 'keep',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 45,
  },
  {
    section: 'Kwaliteit',
    title: 'Klachtenregeling',
    slug: 'kwaliteit/klachten',
    status: 'keep',
    reviewIntervalDays: 365,
    reviewedDaysAgo: 200,
  },
  {
    section: 'Kwaliteit',
    title: 'Privacy en AVG',
    slug: 'kwaliteit/privacy',
    owner: '1447',
    status: 'rewrite',
    reviewIntervalDays: 365,
    reviewedDaysAgo: 300,
  },
  {
    section: 'Kwaliteit',
    title: 'Hygiëne en infectiepreventie',
    slug: 'kwaliteit/hygiene',
    owner: '1141',
    status: 'keep',
    reviewIntervalDays: 180,
    reviewedDaysAgo: 70,
  },
  {
    section: 'Facilitair',
    title: 'Menu van de week',
    slug: 'facilitair/menu',
    owner: '1493',
    status: 'keep',
    reviewIntervalDays: 30,
    reviewedDaysAgo: 3,
  },
  {
    section: 'Facilitair',
    title: 'Parkeren en fietsplan',
    slug: 'facilitair/parkeren',
    status: 'new',
    reviewIntervalDays: 365,
    reviewedDaysAgo: 30,
  },
];

const BASE_URL = 'https://intranet.zorggroep-horizon.example/';

const NOTES: Record<'colleague_helped' | 'content_published' | 'event' | 'training_given', string[]> = {
  colleague_helped: [
    'Collega geholpen met inloggen op de app',
    'Uitleg over het rooster op de telefoon',
    'Samen het protocol opgezocht',
    'Teams-vergadering opgezet met de nachtdienst',
    'Wachtwoord opnieuw ingesteld met de servicedesk',
  ],
  content_published: ['Nieuwsbericht over de locatie', 'Werkinstructie bijgewerkt', 'Terugblik op de themadag'],
  event: ['Inloopspreekuur in de huiskamer', 'Kennismaking nieuwe collega’s', 'Lunchsessie intranet'],
  training_given: ['Korte uitleg aan de avonddienst', 'Werkoverleg: zoeken op het intranet', 'Tips voor de app'],
};

type NewActivity = typeof activities.$inferInsert;

/** One week of one ambassador: what she did on which day of it, drawn from the generator. */
function week(
  random: () => number,
  logger: Logger,
  start: number,
): {
  kind: Exclude<ActivityKind, 'feedback_given' | 'content_reviewed'>;
  daysAgo: number;
  count: number;
  digitalHelp: boolean;
}[] {
  const pick = () => start - Math.floor(random() * 7);
  const done = [];
  if (random() < 0.55)
    done.push({
      kind: 'colleague_helped' as const,
      daysAgo: pick(),
      count: 1 + Math.floor(random() * 5),
      digitalHelp: random() < 0.6,
    });
  if (logger.content && random() < 0.25)
    done.push({ kind: 'content_published' as const, daysAgo: pick(), count: 1, digitalHelp: false });
  if (random() < 0.08) done.push({ kind: 'event' as const, daysAgo: pick(), count: 1, digitalHelp: false });
  if (logger.trainer && random() < 0.15)
    done.push({
      kind: 'training_given' as const,
      daysAgo: pick(),
      count: 2 + Math.floor(random() * 6),
      digitalHelp: false,
    });
  return done;
}

export async function seedContent({ admin, changes }: { admin: ActorScope; changes: Changes }) {
  const { db, organisationId } = admin;
  const today = dayIn(admin.timezone);
  const numbers = [...new Set([...LOGGERS.map((l) => l.employeeNumber), ...PAGES.flatMap((p) => p.owner ?? [])])];
  const employees = await employeeIdsByNumber({ db, organisationId, numbers });
  for (const number of NEW_AMBASSADORS) {
    const employeeId = employees.get(number);
    if (employeeId)
      await createAmbassador({
        ...admin,
        changes,
        body: { employeeId, status: 'active', roles: ['digital_buddy'], source: 'recruited', hoursPerMonth: 4 },
      });
  }
  const ambassadorIds = new Map<string, string>();
  for (const number of numbers) {
    const employeeId = employees.get(number);
    const ambassador = employeeId && (await findAmbassadorByEmployee({ db, organisationId, employeeId }));
    if (ambassador) ambassadorIds.set(number, ambassador.id);
  }

  const logged: NewActivity[] = [];
  const entry = (number: string, values: Omit<NewActivity, 'organisationId' | 'ambassadorId' | 'createdBy'>) => {
    const ambassadorId = ambassadorIds.get(number);
    if (ambassadorId) logged.push({ organisationId, ambassadorId, createdBy: admin.userId, ...values });
  };

  for (const page of PAGES) {
    const lastReviewedOn = addDays(today, -page.reviewedDaysAgo);
    const created = await createContentItem({
      ...admin,
      body: {
        title: page.title,
        section: page.section,
        url: `${BASE_URL}${page.slug}`,
        ownerAmbassadorId: page.owner ? (ambassadorIds.get(page.owner) ?? null) : null,
        status: page.status,
        reviewIntervalDays: page.reviewIntervalDays,
        lastReviewedOn,
      },
    });
    // The owner's last review is in her activity, as marking it reviewed logs it.
    const loggerOf = LOGGERS.find((l) => l.employeeNumber === page.owner);
    if (page.owner && loggerOf && page.reviewedDaysAgo >= loggerOf.lastActive && page.reviewedDaysAgo <= loggerOf.since)
      entry(page.owner, {
        kind: 'content_reviewed',
        occurredOn: lastReviewedOn,
        count: 1,
        note: page.title,
        contentItemId: created.id,
      });
  }

  const random = seeded(20_251_205);
  for (const logger of LOGGERS) {
    for (let start = logger.since; start >= logger.lastActive; start -= 7) {
      for (const done of week(random, logger, start)) {
        if (done.daysAgo < logger.lastActive || done.daysAgo > logger.since) continue;
        const notes = NOTES[done.kind];
        entry(logger.employeeNumber, {
          kind: done.kind,
          occurredOn: addDays(today, -done.daysAgo),
          count: done.count,
          digitalHelp: done.digitalHelp,
          note: random() < 0.7 ? notes[Math.floor(random() * notes.length)]! : null,
        });
      }
    }
    // The last day she was active, exactly: the quiet ones went quiet on a known day.
    entry(logger.employeeNumber, {
      kind: 'colleague_helped',
      occurredOn: addDays(today, -logger.lastActive),
      count: 1,
      digitalHelp: true,
      note: NOTES.colleague_helped[0]!,
    });
  }
  await db.transaction(async (tx) => {
    for (let from = 0; from < logged.length; from += 500)
      await tx.insert(activities).values(logged.slice(from, from + 500));
  });
  return { pages: PAGES.length, activities: logged.length };
}
