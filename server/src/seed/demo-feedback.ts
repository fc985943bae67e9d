import { and, eq, inArray } from 'drizzle-orm';
import type { AmbassadorRole, Answer, FindingCategory, QuestionInput } from '@ambassador/shared';
import { employees } from '../db/schema/employees.ts';
import { users } from '../db/schema/users.ts';
import type { Changes } from '../events/index.ts';
import { actorOf, type ActorScope } from '../http/actor.ts';
import { findAmbassadorByEmployee } from '../modules/ambassadors/ambassadors.repository.ts';
import { create as createAmbassador, update as updateAmbassador } from '../modules/ambassadors/ambassadors.service.ts';
import { putMine } from '../modules/feedback/responses/responses.service.ts';
import { close, create as createRound, open } from '../modules/feedback/rounds/rounds.service.ts';
import { create as raiseFinding, update as moveFinding } from '../modules/findings/findings.service.ts';
import { findActor, insertUser } from '../modules/users/users.repository.ts';

/**
 * The sounding board so far: the vendor was chosen by a panel from every layer (a closed round whose care staff and
 * managers ranked the vendors differently), the sounding board is testing the workplace now (an open round, half
 * answered), and the findings board holds a finding in every status, two of them on the "wij deden" page. Everything
 * goes through the services, as a person would; scores come from a seeded generator, so every seed is the same.
 */

type Profile = 'zorg' | 'ondersteuning' | 'teamleiding' | 'management' | 'bestuur';
type Member = { employeeNumber: string; profile: Profile };

/** Ambassadors of the demo who already exist (demo-ambassadors.ts), by the layer they work in. */
const EXISTING: Member[] = [
  { employeeNumber: '1015', profile: 'zorg' },
  { employeeNumber: '1249', profile: 'zorg' },
  { employeeNumber: '1141', profile: 'zorg' },
  { employeeNumber: '1356', profile: 'zorg' },
  { employeeNumber: '1060', profile: 'zorg' },
  { employeeNumber: '1493', profile: 'ondersteuning' },
];

/**
 * The rest of the selection panel, asked to choose the vendor with the others. The directors, managers and two of the
 * team leads left the network once the choice was made (alumni), so the coverage screen still shows those gaps; the
 * others stayed on as the sounding board.
 */
const PANEL: (Member & { staysOn: boolean })[] = [
  { employeeNumber: '1004', profile: 'bestuur', staysOn: false },
  { employeeNumber: '1056', profile: 'management', staysOn: false },
  { employeeNumber: '1137', profile: 'management', staysOn: false },
  { employeeNumber: '1354', profile: 'management', staysOn: false },
  { employeeNumber: '1465', profile: 'management', staysOn: false },
  { employeeNumber: '1138', profile: 'teamleiding', staysOn: false },
  { employeeNumber: '1444', profile: 'teamleiding', staysOn: false },
  { employeeNumber: '1235', profile: 'teamleiding', staysOn: true },
  { employeeNumber: '1146', profile: 'zorg', staysOn: true },
  { employeeNumber: '1206', profile: 'zorg', staysOn: true },
  { employeeNumber: '1304', profile: 'zorg', staysOn: true },
  { employeeNumber: '1334', profile: 'zorg', staysOn: true },
  { employeeNumber: '1105', profile: 'zorg', staysOn: true },
  { employeeNumber: '1393', profile: 'zorg', staysOn: true },
  { employeeNumber: '1447', profile: 'ondersteuning', staysOn: true },
  { employeeNumber: '1469', profile: 'ondersteuning', staysOn: true },
];

/** Panel members who were asked but never answered the vendor round. */
const VENDOR_SILENT = ['1206', '1393'];
/** The onboarding pilot user joins the sounding board too. */
const SOUNDING_BOARD_EXTRA = ['1205'];
/** Who answered the open sounding-board round so far; the demo ambassador (1015) has not, so her home shows it. */
const SOUNDING_BOARD_ANSWERED = ['1249', '1141', '1060', '1493', '1146', '1304', '1105', '1447'];

const VENDORS = ['Intranet Kompas', 'WerkPlein', 'ZorgConnect'];
const CRITERIA = ['Gebruiksgemak', 'Uitstraling', 'Mobiel', 'Zoeken'];

/**
 * What each layer thinks of each vendor, per criterion in CRITERIA order, before a little personal noise. Care staff
 * want something that works on a phone and is easy (WerkPlein); managers and the board look at the look and the
 * search (Intranet Kompas).
 */
const PROFILES: Record<Profile, Record<string, number[]>> = {
  zorg: { 'Intranet Kompas': [3, 4, 2, 3], WerkPlein: [5, 3, 5, 4], ZorgConnect: [4, 3, 4, 3] },
  ondersteuning: { 'Intranet Kompas': [3, 4, 3, 4], WerkPlein: [4, 3, 4, 4], ZorgConnect: [4, 4, 3, 4] },
  teamleiding: { 'Intranet Kompas': [3, 4, 3, 4], WerkPlein: [4, 3, 4, 3], ZorgConnect: [4, 4, 4, 4] },
  management: { 'Intranet Kompas': [4, 5, 3, 5], WerkPlein: [3, 2, 4, 3], ZorgConnect: [3, 4, 3, 4] },
  bestuur: { 'Intranet Kompas': [4, 5, 3, 4], WerkPlein: [3, 3, 4, 3], ZorgConnect: [3, 4, 3, 4] },
};

const VENDOR_WISHES: Record<Profile, string[]> = {
  zorg: [
    'Dat ik mijn rooster en de protocollen op mijn telefoon kan openen, ook zonder laptop op de afdeling.',
    'Inloggen moet snel gaan: tussen twee cliënten door heb ik geen tijd voor drie wachtwoorden.',
    'Een zoekfunctie die ook vindt wat ik bedoel, niet alleen de precieze titel.',
    'Grote knoppen en duidelijke taal, voor collega’s die niet zo digitaal zijn.',
  ],
  ondersteuning: [
    'Een goede koppeling met AFAS, zodat namen en afdelingen kloppen.',
    'Beheer dat wij zelf kunnen doen, zonder voor elke wijziging de leverancier te bellen.',
  ],
  teamleiding: [
    'Dat ik berichten aan alleen mijn team kan sturen en zie wie ze gelezen heeft.',
    'Een overzicht van wat mijn team moet weten deze week, op één plek.',
  ],
  management: [
    'Een professionele uitstraling die past bij onze huisstijl.',
    'Zoeken over alle documenten heen, ook in de beleidsstukken.',
  ],
  bestuur: ['Een intranet dat uitstraalt wie we zijn als zorggroep, en waar het bestuur zichtbaar is.'],
};

const SOUNDING_BOARD_REMARKS = [
  'Het rooster staat te diep weggestopt: vier klikken vanaf de startpagina.',
  'Op mijn telefoon moet ik elke dag opnieuw inloggen met een code.',
  'Fijn dat het nieuws van mijn eigen locatie bovenaan staat.',
  'De protocollen voor valpreventie kon ik niet vinden met de zoekfunctie.',
];

/** A small seeded generator (mulberry32): the same numbers on every run, unlike Math.random. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clampScore = (n: number) => Math.min(5, Math.max(1, n));
const weeksAgo = (weeks: number) => new Date(Date.now() - weeks * 7 * 24 * 3600 * 1000).toISOString();

const VENDOR_QUESTIONS: QuestionInput[] = [
  {
    id: 'leveranciers',
    kind: 'score_options',
    text: 'Geef elke leverancier een score van 1 tot 5 op elk criterium',
    required: true,
    options: VENDORS,
    criteria: CRITERIA,
  },
  { id: 'procedure', kind: 'rating', text: 'Hoe tevreden ben je over hoe we samen gekozen hebben?', required: true },
  { id: 'wensen', kind: 'text', text: 'Wat moet de nieuwe leverancier zeker goed regelen?', required: false },
];

const SOUNDING_BOARD_QUESTIONS: QuestionInput[] = [
  {
    id: 'vindbaarheid',
    kind: 'rating',
    text: 'Hoe makkelijk vind je je rooster en de protocollen in de testomgeving?',
    required: true,
  },
  { id: 'mobiel', kind: 'yes_no', text: 'Kun je de testomgeving goed op je telefoon gebruiken?', required: true },
  {
    id: 'startpagina',
    kind: 'choice',
    text: 'Wat wil je als eerste zien op de startpagina?',
    required: true,
    options: ['Mijn rooster', 'Nieuws van mijn locatie', 'Protocollen en werkinstructies', 'Smoelenboek'],
  },
  { id: 'opmerkingen', kind: 'text', text: 'Wat valt je op, en wat kan beter?', required: false },
];

type DemoFinding = {
  key: string;
  raisedBy: string;
  title: string;
  body: string;
  category: FindingCategory;
  round?: 'vendor' | 'soundingBoard';
  /** The moves the communication team made, in order. */
  moves?: { status: 'reviewing' | 'planned' | 'done' | 'wont_do' | 'duplicate'; resolution?: string }[];
  duplicateOf?: string;
};

/** Findings in every status, oldest first, raised by ambassadors of the demo. */
const FINDINGS: DemoFinding[] = [
  {
    key: 'verlof',
    raisedBy: '1015',
    title: 'Verlofformulier zit vier klikken diep',
    body: 'Om verlof aan te vragen moet ik via Mijn werk, Personeel, Formulieren naar Verlof. Collega’s op de afdeling geven het op en bellen de planner.',
    category: 'usability',
    moves: [
      { status: 'reviewing' },
      { status: 'planned', resolution: 'We zetten het formulier in de volgende sprint hoger in het menu.' },
      {
        status: 'done',
        resolution:
          'Het verlofformulier staat nu direct onder Mijn werk, en wie "verlof" zoekt, vindt het als eerste resultaat.',
      },
    ],
  },
  {
    key: 'smoelenboek',
    raisedBy: '1356',
    title: 'Smoelenboek toont geen foto’s van de wijkteams',
    body: 'In het smoelenboek staan alleen de collega’s van het kantoor met een foto. Van Team Zuid zie je alleen initialen, dus je weet niet wie je belt.',
    category: 'content',
    moves: [
      { status: 'reviewing' },
      { status: 'planned' },
      {
        status: 'done',
        resolution:
          'De foto’s van alle wijkteams staan er nu in. Nieuwe collega’s krijgen op hun eerste werkdag een fotomoment bij P&O.',
      },
    ],
  },
  {
    key: 'donker',
    raisedBy: '1249',
    title: 'Donkere modus voor de nachtdienst',
    body: 'In de nachtdienst is het felle witte scherm in de huiskamer storend voor de bewoners. Een donkere weergave zou helpen.',
    category: 'usability',
    moves: [
      {
        status: 'wont_do',
        resolution:
          'Het nieuwe intranet kan nog geen donkere weergave. We hebben het op de wensenlijst van de leverancier gezet en kijken er bij de volgende versie opnieuw naar.',
      },
    ],
  },
  {
    key: 'koppeling',
    raisedBy: '1235',
    title: 'Rooster uit het planningsprogramma tonen',
    body: 'Tijdens de leverancierskeuze vroegen veel collega’s naar hun rooster. Laat het intranet het rooster uit het planningsprogramma zien, dan hoeft niemand meer twee apps te openen.',
    category: 'technical',
    round: 'vendor',
    moves: [{ status: 'reviewing' }, { status: 'planned' }],
  },
  {
    key: 'protocollen',
    raisedBy: '1060',
    title: 'Protocollen staan op drie plekken',
    body: 'Het valprotocol staat op de afdelingspagina, in de kwaliteitsbibliotheek en in een oude nieuwsbrief, en de versies verschillen. Welke geldt?',
    category: 'content',
    moves: [{ status: 'reviewing' }],
  },
  {
    key: 'rooster-zoeken',
    raisedBy: '1393',
    title: 'Zoeken op "rooster" vindt het dienstrooster niet',
    body: 'Als ik "rooster" intik krijg ik nieuwsberichten over roosterwijzigingen van vorig jaar, maar niet de pagina met mijn dienstrooster.',
    category: 'search',
    round: 'soundingBoard',
  },
  {
    key: 'inlogcode',
    raisedBy: '1304',
    title: 'Telefoon vraagt elke dag een nieuwe inlogcode',
    body: 'Op mijn werktelefoon moet ik elke ochtend opnieuw inloggen met een code uit de app. In de wijk heb ik daar tussen twee cliënten geen tijd voor.',
    category: 'mobile',
    round: 'soundingBoard',
  },
  {
    key: 'rooster-dubbel',
    raisedBy: '1105',
    title: 'Dienstrooster niet te vinden met de zoekbalk',
    body: 'Zoeken naar mijn rooster geeft alleen oude nieuwsberichten.',
    category: 'search',
    round: 'soundingBoard',
    duplicateOf: 'rooster-zoeken',
    moves: [{ status: 'duplicate' }],
  },
];

/** Employee id, name and email of the demo employees by number. */
async function employeesByNumber(admin: ActorScope, numbers: string[]) {
  const rows = await admin.db
    .select({ id: employees.id, number: employees.employeeNumber, name: employees.name, email: employees.email })
    .from(employees)
    .where(and(eq(employees.organisationId, admin.organisationId), inArray(employees.employeeNumber, numbers)));
  return new Map(rows.map((row) => [row.number, row]));
}

export async function seedFeedback({
  admin,
  changes,
  passwordHash,
}: {
  admin: ActorScope;
  changes: Changes;
  /** The demo password's hash: every demo ambassador can log in with it, as she answers rounds as herself. */
  passwordHash: string;
}) {
  const { db, organisationId } = admin;
  const numbers = [...EXISTING, ...PANEL].map((member) => member.employeeNumber);
  const people = await employeesByNumber(admin, [...numbers, ...SOUNDING_BOARD_EXTRA]);
  const person = (number: string) => people.get(number)!;

  for (const { employeeNumber, profile, staysOn } of PANEL) {
    const roles: AmbassadorRole[] = staysOn ? ['selection_panel', 'sounding_board'] : ['selection_panel'];
    await createAmbassador({
      ...admin,
      changes,
      body: {
        employeeId: person(employeeNumber).id,
        status: 'active',
        roles,
        source: profile === 'zorg' || profile === 'ondersteuning' ? 'self' : 'recruited',
        hoursPerMonth: 2,
      },
    });
  }

  const ambassadorIds = new Map<string, string>();
  const actors = new Map<string, ActorScope>();
  for (const number of [...numbers, ...SOUNDING_BOARD_EXTRA]) {
    const { id: employeeId, name, email } = person(number);
    ambassadorIds.set(number, (await findAmbassadorByEmployee({ db, organisationId, employeeId }))!.id);
    // The demo ambassador (1015) already has her login; the others get one for their work address.
    const [existing] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.organisationId, organisationId), eq(users.employeeId, employeeId)));
    const user =
      existing ??
      (await insertUser({
        db,
        organisationId,
        user: {
          email: email ?? `${number}@zorggroep-horizon.example`,
          name,
          role: 'ambassador',
          status: 'active',
          passwordHash,
          employeeId,
        },
      }));
    actors.set(number, { db, ...actorOf((await findActor({ db, userId: user.id }))!) });
  }
  const actor = (number: string) => actors.get(number)!;
  const ambassador = (number: string) => ambassadorIds.get(number)!;

  // (a) The vendor choice: every layer scored the three shortlisted vendors; closed.
  const random = seeded(20_260_301);
  const vendorPanel = [...EXISTING, ...PANEL];
  const vendorRound = await createRound({
    ...admin,
    body: {
      purpose: 'vendor_selection',
      title: 'Keuze intranetleverancier',
      intro:
        'Drie leveranciers zijn over na de demodagen. Geef ze een score op wat voor jouw werk telt: wij wegen alle lagen mee.',
      opensAt: weeksAgo(10),
      closesAt: weeksAgo(8),
      questions: VENDOR_QUESTIONS,
      participantIds: vendorPanel.map((member) => ambassador(member.employeeNumber)),
    },
  });
  await open({ ...admin, changes, roundId: vendorRound.id });
  for (const { employeeNumber, profile } of vendorPanel) {
    if (VENDOR_SILENT.includes(employeeNumber)) continue;
    const noise = () => {
      const r = random();
      return r < 0.2 ? -1 : r > 0.8 ? 1 : 0;
    };
    const scores = Object.fromEntries(
      VENDORS.map((vendor) => [
        vendor,
        Object.fromEntries(
          CRITERIA.map((criterion, i) => [criterion, clampScore(PROFILES[profile][vendor]![i]! + noise())]),
        ),
      ]),
    );
    const wishes = VENDOR_WISHES[profile];
    const answers: Answer[] = [
      { questionId: 'leveranciers', value: scores },
      { questionId: 'procedure', value: clampScore(4 + noise()) },
    ];
    if (random() < 0.6) answers.push({ questionId: 'wensen', value: wishes[Math.floor(random() * wishes.length)]! });
    await putMine({ ...actor(employeeNumber), roundId: vendorRound.id, body: { answers } });
  }
  await close({ ...admin, roundId: vendorRound.id });
  for (const { employeeNumber, staysOn } of PANEL) {
    if (staysOn) continue;
    await updateAmbassador({
      ...admin,
      changes,
      ambassadorId: ambassador(employeeNumber),
      body: { status: 'alumni', note: 'Selectiepanel afgerond: leverancier gekozen.' },
    });
  }

  // (b) The sounding board tests the workplace now: open, about half have answered.
  const soundingBoard = [
    ...EXISTING.map((member) => member.employeeNumber),
    ...PANEL.filter((member) => member.staysOn).map((member) => member.employeeNumber),
    ...SOUNDING_BOARD_EXTRA,
  ];
  const soundingRound = await createRound({
    ...admin,
    body: {
      purpose: 'sounding_board',
      title: 'Klankbord: eerste indruk van de testomgeving',
      intro:
        'De testomgeving staat klaar. Probeer een week lang je rooster, het nieuws en de protocollen te vinden, en vertel ons wat werkt en wat beter kan.',
      opensAt: weeksAgo(1),
      closesAt: weeksAgo(-2),
      anonymous: true,
      questions: SOUNDING_BOARD_QUESTIONS,
      participantIds: soundingBoard.map(ambassador),
    },
  });
  await open({ ...admin, changes, roundId: soundingRound.id });
  const startOptions = SOUNDING_BOARD_QUESTIONS[2]!.options!;
  for (const [index, number] of SOUNDING_BOARD_ANSWERED.entries()) {
    const answers: Answer[] = [
      { questionId: 'vindbaarheid', value: clampScore(2 + Math.floor(random() * 3)) },
      { questionId: 'mobiel', value: random() < 0.5 },
      { questionId: 'startpagina', value: startOptions[Math.floor(random() * startOptions.length)]! },
    ];
    if (index < SOUNDING_BOARD_REMARKS.length)
      answers.push({ questionId: 'opmerkingen', value: SOUNDING_BOARD_REMARKS[index]! });
    await putMine({ ...actor(number), roundId: soundingRound.id, body: { answers } });
  }

  // The findings board: raised by ambassadors, triaged by the communication team.
  const rounds = { vendor: vendorRound.id, soundingBoard: soundingRound.id };
  const findingIds = new Map<string, string>();
  for (const finding of FINDINGS) {
    const raised = await raiseFinding({
      ...actor(finding.raisedBy),
      changes,
      body: {
        title: finding.title,
        body: finding.body,
        category: finding.category,
        roundId: finding.round ? rounds[finding.round] : null,
      },
    });
    findingIds.set(finding.key, raised.id);
    for (const move of finding.moves ?? [])
      await moveFinding({
        ...admin,
        changes,
        findingId: raised.id,
        body: {
          status: move.status,
          resolution: move.resolution,
          duplicateOfId: move.status === 'duplicate' ? findingIds.get(finding.duplicateOf!) : undefined,
        },
      });
  }
  return { vendorRoundId: vendorRound.id, soundingRoundId: soundingRound.id };
}
