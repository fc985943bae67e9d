import type {
  CopyRoundBody,
  CreateRoundBody,
  ParticipantSuggestionQuery,
  ParticipantSuggestions,
  RemindResult,
  Round,
  RoundList,
  RoundListQuery,
  UpdateRoundBody,
} from '@ambassador/shared';
import { ROUND_LIMITS } from '@ambassador/shared/constants';
import { together } from '../../../db/rows.ts';
import type { ActorScope, Scope } from '../../../http/actor.ts';
import { NotFound, ValidationFailed, type FieldError } from '../../../http/errors.ts';
import { pageWindow, toPage } from '../../../http/pages.ts';
import type { Changes } from '../../../events/index.ts';
import { notify } from '../../notifications/notifications.service.ts';
import {
  ParticipantHasResponded,
  RoundClosed,
  RoundHasResponses,
  RoundNotDraft,
  RoundNotOpen,
  RoundNotReady,
} from '../feedback.errors.ts';
import { loadStructure } from '../structure.ts';
import { normaliseQuestions } from './questions.ts';
import { presentRound, presentSummary } from './rounds.dto.ts';
import {
  addParticipants,
  askableAmbassadorIds,
  deleteRound,
  hasResponses,
  insertRound,
  inviteParticipants,
  listRounds,
  lockRound,
  participantIdsOf,
  participantsOf,
  remindParticipants,
  removeParticipants,
  roundSummary,
  suggestionCandidates,
  updateRound,
  type RoundRow,
  type RoundValues,
} from './rounds.repository.ts';

type RoundActor = ActorScope & { roundId: string };

const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const clean = (text: string | null | undefined) => (text === undefined ? undefined : text?.trim() || null);
const date = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(value);

export async function list(actor: ActorScope & { query: RoundListQuery }): Promise<RoundList> {
  const window = pageWindow(actor.query);
  const { items, total } = await listRounds({
    db: actor.db,
    organisationId: actor.organisationId,
    filter: actor.query,
    ambassadorId: actor.ambassadorId,
    participantOnly: actor.role === 'ambassador',
    window,
  });
  return toPage(items.map(presentSummary), total, window);
}

/**
 * The round as the caller may see it: admins with its participants and coverage; a participant once it is no longer a
 * draft. Anyone else gets 404, so that titles do not leak.
 */
export async function get(actor: RoundActor): Promise<Round> {
  const scope = { db: actor.db, organisationId: actor.organisationId, roundId: actor.roundId };
  const row = await roundSummary({ ...scope, ambassadorId: actor.ambassadorId });
  if (!row) throw new NotFound('feedback round');
  if (actor.role !== 'admin') {
    if (!row.isParticipant || row.round.status === 'draft') throw new NotFound('feedback round');
    return presentRound(row);
  }
  const [participants, structure] = await together(actor.db, [
    async () => participantsOf(scope),
    async () => loadStructure(scope),
  ]);
  return presentRound(row, { participants, structure });
}

function questionsOrFail(input: CreateRoundBody['questions']) {
  const result = normaliseQuestions(input ?? []);
  if (result.errors.length > 0) throw new ValidationFailed(result.errors);
  return result.questions!;
}

async function checkParticipants(scope: Scope, ids: readonly string[] | undefined) {
  if (!ids || ids.length === 0) return;
  const askable = await askableAmbassadorIds({ ...scope, ambassadorIds: ids });
  const errors: FieldError[] = [];
  ids.forEach((id, index) => {
    if (!askable.has(id))
      errors.push({
        field: `participantIds.${index}`,
        code: 'not_askable',
        message: 'not an active or onboarding ambassador of this organisation',
      });
  });
  if (errors.length > 0) throw new ValidationFailed(errors.slice(0, 20));
}

function checkDates(opensAt: Date | null, closesAt: Date | null) {
  if (opensAt && closesAt && closesAt.getTime() <= opensAt.getTime())
    throw new ValidationFailed([{ field: 'closesAt', code: 'before_opens', message: 'must be after opensAt' }]);
}

export async function create(actor: ActorScope & { body: CreateRoundBody }): Promise<Round> {
  const { body } = actor;
  const questions = questionsOrFail(body.questions);
  const values: RoundValues = {
    purpose: body.purpose,
    title: body.title.trim(),
    intro: clean(body.intro) ?? null,
    opensAt: date(body.opensAt) ?? null,
    closesAt: date(body.closesAt) ?? null,
    anonymous: body.anonymous ?? false,
    minGroupSize: body.minGroupSize ?? ROUND_LIMITS.minGroupSize.default,
    questions,
    createdBy: actor.userId,
  };
  checkDates(values.opensAt ?? null, values.closesAt ?? null);
  const participantIds = body.participantIds ?? [];
  const created = await actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId };
    await checkParticipants(scope, participantIds);
    const row = await insertRound({ ...scope, values });
    await addParticipants({ ...scope, roundId: row.id, ambassadorIds: participantIds, invitedAt: null });
    return row;
  });
  return get({ ...actor, roundId: created.id });
}

async function lockedOrFail(scope: Scope & { roundId: string }): Promise<RoundRow> {
  const round = await lockRound(scope);
  if (!round) throw new NotFound('feedback round');
  return round;
}

export async function update(actor: RoundActor & { body: UpdateRoundBody }): Promise<Round> {
  const { body } = actor;
  const questions = body.questions === undefined ? undefined : questionsOrFail(body.questions);
  await actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId, roundId: actor.roundId };
    const current = await lockedOrFail(scope);
    if (current.status === 'closed') throw new RoundClosed();
    if (questions && (await hasResponses(scope))) throw new RoundHasResponses();
    const opensAt = date(body.opensAt);
    const closesAt = date(body.closesAt);
    checkDates(opensAt === undefined ? current.opensAt : opensAt, closesAt === undefined ? current.closesAt : closesAt);
    if (body.participantIds) {
      await checkParticipants(scope, body.participantIds);
      const wanted = new Set(body.participantIds);
      const present = await participantIdsOf(scope);
      const removed = present.filter((participant) => !wanted.has(participant.ambassadorId));
      const answered = removed.filter((participant) => participant.respondedAt !== null);
      if (answered.length > 0) throw new ParticipantHasResponded(answered.length);
      const known = new Set(present.map((participant) => participant.ambassadorId));
      await removeParticipants({ ...scope, ambassadorIds: removed.map((participant) => participant.ambassadorId) });
      await addParticipants({
        ...scope,
        ambassadorIds: body.participantIds.filter((id) => !known.has(id)),
        invitedAt: current.status === 'open' ? new Date() : null,
      });
    }
    await updateRound({
      ...scope,
      changes: {
        purpose: body.purpose,
        title: body.title?.trim(),
        intro: clean(body.intro),
        opensAt,
        closesAt,
        anonymous: body.anonymous,
        minGroupSize: body.minGroupSize,
        questions,
      },
    });
  });
  return get(actor);
}

export async function remove(actor: RoundActor) {
  await actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId, roundId: actor.roundId };
    const current = await lockedOrFail(scope);
    if (current.status !== 'draft') throw new RoundNotDraft(current.status);
    await deleteRound(scope);
  });
}

export async function open(actor: RoundActor & { changes: Changes }): Promise<Round> {
  await actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId, roundId: actor.roundId };
    const current = await lockedOrFail(scope);
    if (current.status === 'closed') throw new RoundClosed();
    if (current.status !== 'draft') throw new RoundNotDraft(current.status);
    const participants = await participantIdsOf(scope);
    const missing = [
      ...(current.questions.length === 0 ? ['questions'] : []),
      ...(participants.length === 0 ? ['participants'] : []),
    ];
    if (missing.length > 0) throw new RoundNotReady(missing);
    const now = new Date();
    await inviteParticipants({ ...scope, at: now });
    await updateRound({ ...scope, changes: { status: 'open', openedAt: now } });
    await notify({
      db: tx,
      organisationId: actor.organisationId,
      kind: 'round_opened',
      trigger: `round_opened:${actor.roundId}`,
      to: { ambassadorIds: participants.map((participant) => participant.ambassadorId) },
      data: { roundTitle: current.title, link: `/feedback/rounds/${actor.roundId}/answer` },
    });
  });
  actor.changes.announce('feedback.round_opened', { organisationId: actor.organisationId, roundId: actor.roundId });
  return get(actor);
}

export async function close(actor: RoundActor): Promise<Round> {
  await actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId, roundId: actor.roundId };
    const current = await lockedOrFail(scope);
    if (current.status === 'closed') throw new RoundClosed();
    if (current.status !== 'open') throw new RoundNotOpen(current.status);
    await updateRound({ ...scope, changes: { status: 'closed', closedAt: new Date() } });
  });
  return get(actor);
}

export async function remind(actor: RoundActor & { changes: Changes }): Promise<RemindResult> {
  const ambassadorIds = await actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId, roundId: actor.roundId };
    const current = await lockedOrFail(scope);
    if (current.status === 'closed') throw new RoundClosed();
    if (current.status !== 'open') throw new RoundNotOpen(current.status);
    const at = new Date();
    const reminded = await remindParticipants({ ...scope, at });
    await notify({
      db: tx,
      organisationId: actor.organisationId,
      kind: 'round_reminder',
      trigger: `round_reminder:${actor.roundId}:${at.toISOString()}`,
      to: { ambassadorIds: reminded },
      data: { roundTitle: current.title, link: `/feedback/rounds/${actor.roundId}/answer` },
    });
    return reminded;
  });
  if (ambassadorIds.length > 0)
    actor.changes.announce('feedback.participants_reminded', {
      organisationId: actor.organisationId,
      roundId: actor.roundId,
      ambassadorIds,
    });
  return { reminded: ambassadorIds.length };
}

/** "<title> (2)", cut so that it stays within the title's limit. */
function copyTitle(title: string): string {
  const suffix = ' (2)';
  return `${title.slice(0, ROUND_LIMITS.title - suffix.length).trimEnd()}${suffix}`;
}

/**
 * A new draft with the round's purpose, intro, anonymity, questions (same ids) and the participants who may still be
 * asked; dates, answers and progress are not copied.
 */
export async function copy(actor: RoundActor & { body: CopyRoundBody }): Promise<Round> {
  const created = await actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId, roundId: actor.roundId };
    const source = await lockedOrFail(scope);
    const present = await participantIdsOf(scope);
    const askable = await askableAmbassadorIds({
      ...scope,
      ambassadorIds: present.map((participant) => participant.ambassadorId),
    });
    const row = await insertRound({
      ...scope,
      values: {
        purpose: source.purpose,
        title: actor.body.title?.trim() || copyTitle(source.title),
        intro: source.intro,
        anonymous: source.anonymous,
        minGroupSize: source.minGroupSize,
        questions: source.questions,
        createdBy: actor.userId,
      },
    });
    await addParticipants({
      db: tx,
      organisationId: actor.organisationId,
      roundId: row.id,
      ambassadorIds: [...askable].sort(),
      invitedAt: null,
    });
    return row;
  });
  return get({ ...actor, roundId: created.id });
}

/**
 * Active ambassadors to ask, by role, department (and those below it) and layer. With `onePerCell` one per
 * department × layer cell: the first by name among those with the requested role, else the first by name; the role
 * is then a preference rather than a filter.
 */
export async function suggestions(
  actor: ActorScope & { query: ParticipantSuggestionQuery },
): Promise<ParticipantSuggestions> {
  const { role, departmentId, layerId, onePerCell } = actor.query;
  const candidates = (
    await suggestionCandidates({
      db: actor.db,
      organisationId: actor.organisationId,
      role: onePerCell ? undefined : role,
      departmentId,
      layerId,
    })
  ).sort((a, b) => byName.compare(a.name, b.name) || (a.ambassadorId < b.ambassadorId ? -1 : 1));
  const present = (candidate: (typeof candidates)[number]) => ({
    ...candidate,
    roles: candidate.roles as ParticipantSuggestions['items'][number]['roles'],
  });
  if (!onePerCell) return { items: candidates.map(present) };
  const picked = new Map<string, (typeof candidates)[number]>();
  for (const candidate of candidates) {
    const cell = `${candidate.departmentId}/${candidate.layerId}`;
    const held = picked.get(cell);
    const fits = (c: (typeof candidates)[number]) => role !== undefined && c.roles.includes(role);
    if (!held || (fits(candidate) && !fits(held))) picked.set(cell, candidate);
  }
  const chosen = new Set(picked.values());
  return { items: candidates.filter((candidate) => chosen.has(candidate)).map(present) };
}
