import type { Answer, ErasureResult, PersonalData } from '@ambassador/shared';
import { together } from '../../../db/rows.ts';
import type { Changes } from '../../../events/index.ts';
import type { Scope } from '../../../http/actor.ts';
import { NotFound } from '../../../http/errors.ts';
import { scrubPersonFromAudit } from '../../audit/audit.service.ts';
import { activitiesOf, clearActivityNotes } from '../../activities/activities.personal-data.repository.ts';
import {
  ambassadorOfEmployee,
  clearAmbassadorTexts,
  statusChangesOf,
} from '../../ambassadors/ambassadors.personal-data.repository.ts';
import { lockAmbassador } from '../../ambassadors/ambassadors.repository.ts';
import { revokeUserTokens } from '../../auth/refresh-tokens.repository.ts';
import { contentOwnedBy } from '../../content/content.personal-data.repository.ts';
import { participationsOf, replaceAnswers } from '../../feedback/feedback.personal-data.repository.ts';
import { findingsRaisedBy, replaceFindingTexts } from '../../findings/findings.personal-data.repository.ts';
import {
  deletePersonsMessages,
  mailsToPerson,
  notificationsOfUsers,
} from '../../notifications/notifications.personal-data.repository.ts';
import { expirePasswordResetTokens } from '../../notifications/password-resets.repository.ts';
import { enrolmentsOfEmployee, sessionsTrainedBy } from '../../training/training.personal-data.repository.ts';
import { revokeOpenInvitations } from '../../users/invitations.repository.ts';
import { lastAdminAmong } from '../../users/offboarding.ts';
import { anonymiseUser, usersOfEmployee } from '../../users/users.personal-data.repository.ts';
import { anonymiseEmployee, lockEmployee } from '../employees.personal-data.repository.ts';
import { findEmployee } from '../employees.repository.ts';
import { ActiveAmbassador, CannotEraseSelf, LastAdmin } from './personal-data.errors.ts';

/** What an erased employee is called from then on: neutral, yet distinct from other erased colleagues in a list. */
const erasedName = (employeeId: string) => `Verwijderde medewerker ${employeeId.slice(0, 8)}`;
/** Unique in the organisation (it carries her id), and no HR export uses it, so a re-import never matches it. */
const erasedNumber = (employeeId: string) => `verwijderd-${employeeId}`;
const ERASED_FINDING = { title: 'Verwijderd (AVG)', body: 'Deze tekst is verwijderd op verzoek (AVG).' };

const iso = (value: Date) => value.toISOString();
const isoOrNull = (value: Date | null) => value?.toISOString() ?? null;

const emailsOf = (...lists: (string | null)[][]) => [
  ...new Set(lists.flat().flatMap((email) => (email ? [email.trim().toLowerCase()] : []))),
];

/** Everything held about one employee of the caller's organisation, as one document (an inzageverzoek). */
export async function personalData(scope: Scope & { employeeId: string }): Promise<PersonalData> {
  const employee = await findEmployee(scope);
  if (!employee) throw new NotFound('employee');
  const [users, ambassador, enrolments] = await together(scope.db, [
    async () => usersOfEmployee(scope),
    async () => ambassadorOfEmployee(scope),
    async () => enrolmentsOfEmployee(scope),
  ]);
  const userIds = users.map((user) => user.id);
  const ambassadorId = ambassador?.id ?? null;
  const [history, activities, participations, content, trained, findings, notifications, mails] = await together(
    scope.db,
    [
      async () => (ambassadorId ? statusChangesOf({ ...scope, ambassadorId }) : []),
      async () => (ambassadorId ? activitiesOf({ ...scope, ambassadorId }) : []),
      async () => (ambassadorId ? participationsOf({ ...scope, ambassadorId }) : []),
      async () => (ambassadorId ? contentOwnedBy({ ...scope, ambassadorId }) : []),
      async () => sessionsTrainedBy({ ...scope, ambassadorId, userIds }),
      async () => findingsRaisedBy({ ...scope, userIds }),
      async () => notificationsOfUsers({ ...scope, userIds }),
      async () =>
        mailsToPerson({
          ...scope,
          userIds,
          addresses: emailsOf(
            [employee.email],
            users.map((u) => u.email),
          ),
        }),
    ],
  );
  return {
    exportedAt: new Date().toISOString(),
    employee: {
      id: employee.id,
      employeeNumber: employee.employeeNumber,
      name: employee.name,
      email: employee.email,
      department: employee.departmentName,
      layer: employee.layerName,
      jobTitle: employee.jobTitle,
      location: employee.location,
      digitalSkill: employee.digitalSkill,
      status: employee.status,
      createdAt: iso(employee.createdAt),
      updatedAt: iso(employee.updatedAt),
    },
    users: users.map((user) => ({ ...user, lastLoginAt: isoOrNull(user.lastLoginAt), createdAt: iso(user.createdAt) })),
    ambassador: ambassador
      ? {
          id: ambassador.id,
          status: ambassador.status,
          roles: ambassador.roles,
          source: ambassador.source,
          nominatedBy:
            ambassador.nominatedById && ambassador.nominatedByName
              ? { id: ambassador.nominatedById, name: ambassador.nominatedByName }
              : null,
          motivation: ambassador.motivation,
          notes: ambassador.notes,
          hoursPerMonth: ambassador.hoursPerMonth,
          managerConsent: ambassador.managerConsent,
          managerConsentDate: ambassador.managerConsentDate,
          startDate: ambassador.startDate,
          endDate: ambassador.endDate,
          createdAt: iso(ambassador.createdAt),
          statusHistory: history.map((change) => ({ ...change, changedAt: iso(change.changedAt) })),
        }
      : null,
    activities: activities.map((activity) => ({ ...activity, createdAt: iso(activity.createdAt) })),
    enrolments: enrolments.map((enrolment) => ({
      ...enrolment,
      sessionStartsAt: iso(enrolment.sessionStartsAt),
      enrolledAt: iso(enrolment.enrolledAt),
    })),
    sessionsAsTrainer: trained.map((session) => ({ ...session, startsAt: iso(session.startsAt) })),
    feedback: participations.map(({ questions, answers, ...round }) => {
      const texts = new Map(questions.map((question) => [question.id, question.text]));
      return {
        roundId: round.roundId,
        roundTitle: round.roundTitle,
        purpose: round.purpose,
        invitedAt: isoOrNull(round.invitedAt),
        remindedAt: isoOrNull(round.remindedAt),
        respondedAt: isoOrNull(round.respondedAt),
        answers: (answers ?? []).map((answer) => ({
          questionId: answer.questionId,
          question: texts.get(answer.questionId) ?? null,
          value: answer.value,
        })),
      };
    }),
    findings: findings.map((finding) => ({
      ...finding,
      createdAt: iso(finding.createdAt),
      history: finding.history.map((change) => ({ ...change, changedAt: iso(change.changedAt) })),
    })),
    contentItems: content,
    notifications: notifications.map((n) => ({ ...n, readAt: isoOrNull(n.readAt), createdAt: iso(n.createdAt) })),
    mails: mails.map((mail) => ({ ...mail, createdAt: iso(mail.createdAt), sentAt: isoOrNull(mail.sentAt) })),
  };
}

/** Removes the answers to `text` questions: free text may say anything about anyone; scores and choices stay. */
async function eraseTextAnswers(scope: Scope & { ambassadorId: string }) {
  let removed = 0;
  for (const round of await participationsOf(scope)) {
    if (!round.answers) continue;
    const textQuestions = new Set(round.questions.filter((q) => q.kind === 'text').map((q) => q.id));
    const kept: Answer[] = round.answers.filter((answer) => !textQuestions.has(answer.questionId));
    if (kept.length === round.answers.length) continue;
    removed += round.answers.length - kept.length;
    await replaceAnswers({ ...scope, roundId: round.roundId, answers: kept });
  }
  return removed;
}

/**
 * Anonymises the employee everywhere, in one transaction: nothing that names her stays, while every count (coverage,
 * attendance, responses, findings) stays as it was. Refused while she is an active ambassador. Erasing again is
 * harmless: it answers 200 with whatever was still left to anonymise (usually nothing).
 */
export async function erase(
  scope: Scope & { changes: Changes; employeeId: string; actorUserId?: string },
): Promise<ErasureResult> {
  const { organisationId, employeeId } = scope;
  const name = erasedName(employeeId);
  const anonymised = await scope.db.transaction(async (db) => {
    const tx = { db, organisationId };
    const employee = await lockEmployee({ ...tx, employeeId });
    if (!employee) throw new NotFound('employee');
    // Locked, so that she cannot be made active between this check and the commit.
    const record = await ambassadorOfEmployee({ ...tx, employeeId });
    const ambassador = record && (await lockAmbassador({ ...tx, ambassadorId: record.id }));
    if (ambassador?.status === 'active') throw new ActiveAmbassador();
    const users = await usersOfEmployee({ ...tx, employeeId });
    const userIds = users.map((user) => user.id);
    // Nobody erases herself, nor the account the organisation is run with (the retention job skips such a leaver).
    if (scope.actorUserId && userIds.includes(scope.actorUserId)) throw new CannotEraseSelf();
    if (await lastAdminAmong({ ...tx, userIds })) throw new LastAdmin();
    const addresses = emailsOf(
      [employee.email],
      users.map((user) => user.email),
    );

    await anonymiseEmployee({ ...tx, employeeId, name, employeeNumber: erasedNumber(employeeId) });
    let erasedUsers = 0;
    for (const user of users) {
      if (user.email !== `erased-${user.id}@invalid`) erasedUsers += 1;
      await anonymiseUser({ ...tx, userId: user.id, name });
      await revokeUserTokens({ ...tx, userId: user.id });
      await revokeOpenInvitations({ ...tx, userId: user.id });
      await expirePasswordResetTokens({ ...tx, userId: user.id, now: new Date() });
    }
    const texts = ambassador
      ? await clearAmbassadorTexts({ ...tx, ambassadorId: ambassador.id })
      : { records: 0, statusNotes: 0 };
    const activityNotes = ambassador ? await clearActivityNotes({ ...tx, ambassadorId: ambassador.id }) : 0;
    const feedbackTextAnswers = ambassador ? await eraseTextAnswers({ ...tx, ambassadorId: ambassador.id }) : 0;
    const findings = await replaceFindingTexts({ ...tx, userIds, ...ERASED_FINDING });
    const messages = await deletePersonsMessages({ ...tx, userIds, addresses });
    // Last: the audit log holds the values the statements above replaced, and those it had before.
    await scrubPersonFromAudit({
      ...tx,
      ids: [employeeId, ...userIds, ...(ambassador ? [ambassador.id] : [])],
      values: [
        employee.name,
        employee.employeeNumber,
        employee.externalId,
        ...addresses,
        ...users.map((user) => user.name),
      ],
    });
    return {
      users: erasedUsers,
      ambassador: texts.records,
      statusNotes: texts.statusNotes,
      activityNotes,
      feedbackTextAnswers,
      findings,
      notifications: messages.notifications,
      mails: messages.mails,
    };
  });
  // She is no longer an employee to cover (she may have been an active one until now).
  scope.changes.coverage(organisationId);
  return { employeeId, name, anonymised };
}
