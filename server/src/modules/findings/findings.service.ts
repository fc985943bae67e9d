import type {
  CreateFindingBody,
  Finding,
  FindingList,
  FindingListQuery,
  FindingStatus,
  UpdateFindingBody,
} from '@ambassador/shared';
import { FINDING_TRANSITIONS, RESOLVED_FINDING_STATUSES } from '@ambassador/shared/constants';
import { together } from '../../db/rows.ts';
import type { Changes } from '../../events/index.ts';
import type { ActorScope, Scope } from '../../http/actor.ts';
import { NotFound, ValidationFailed, type FieldError } from '../../http/errors.ts';
import { pageWindow, toPage } from '../../http/pages.ts';
import { notify } from '../notifications/notifications.service.ts';
import { findingDto, historyDto } from './findings.dto.ts';
import { IllegalFindingTransition } from './findings.errors.ts';
import {
  findFinding,
  findFindingRef,
  findingHistory,
  findRoundRef,
  insertFinding,
  insertFindingChange,
  listFindings,
  lockFinding,
  updateFinding,
  type FindingValues,
} from './findings.repository.ts';

const isResolved = (status: FindingStatus) => (RESOLVED_FINDING_STATUSES as readonly FindingStatus[]).includes(status);

/** The organisation's findings, newest first; `mine` keeps the caller's own, `status=done` is "you said, we did". */
export async function list(actor: ActorScope & { query: FindingListQuery }): Promise<FindingList> {
  const { query } = actor;
  const window = pageWindow(query);
  const { rows, total } = await listFindings({
    ...actor,
    filter: {
      status: query.status,
      category: query.category,
      roundId: query.roundId,
      raisedBy: query.mine ? actor.userId : undefined,
      q: query.q,
    },
    window,
  });
  return toPage(
    rows.map((row) => findingDto(actor, row)),
    total,
    window,
  );
}

/** One finding with its history, oldest change first; another organisation's answers as a missing one. */
export async function get(actor: ActorScope & { findingId: string }): Promise<Finding> {
  const [row, history] = await together(actor.db, [async () => findFinding(actor), async () => findingHistory(actor)]);
  if (!row) throw new NotFound('finding');
  return { ...findingDto(actor, row), history: historyDto(actor, history) };
}

const required = (field: string, message: string): FieldError => ({ field, code: 'required', message });

/** A round a finding may name: one of the organisation's, and no longer a draft (nobody has been asked yet). */
async function checkRound(scope: Scope, roundId: string | null | undefined) {
  if (!roundId) return;
  const round = await findRoundRef({ ...scope, roundId });
  if (!round) throw new ValidationFailed([{ field: 'roundId', code: 'not_found', message: 'unknown round' }]);
  if (round.status === 'draft')
    throw new ValidationFailed([
      { field: 'roundId', code: 'round_draft', message: 'a round that has not opened yet takes no findings' },
    ]);
}

/** Raises a finding: the raiser is the caller, and it starts as `new`. */
export async function create(actor: ActorScope & { changes: Changes; body: CreateFindingBody }): Promise<Finding> {
  const { db, organisationId, body, changes } = actor;
  const title = body.title.trim();
  const text = body.body.trim();
  const errors: FieldError[] = [];
  if (!title) errors.push(required('title', 'a finding needs a title'));
  if (!text) errors.push(required('body', 'a finding needs a description'));
  if (errors.length > 0) throw new ValidationFailed(errors);
  await checkRound(actor, body.roundId);
  const created = await db.transaction(async (tx) => {
    const row = await insertFinding({
      db: tx,
      organisationId,
      values: {
        title,
        body: text,
        category: body.category ?? null,
        roundId: body.roundId ?? null,
        status: 'new',
        raisedBy: actor.userId,
      },
    });
    await insertFindingChange({
      db: tx,
      organisationId,
      change: { itemId: row.id, fromStatus: null, toStatus: 'new', resolution: null, changedBy: actor.userId },
    });
    return row;
  });
  changes.announce('feedback.finding_moved', { organisationId, findingId: created.id, from: null, to: 'new' });
  return get({ ...actor, findingId: created.id });
}

/** What a move needs besides being allowed: a resolution for done and won't do, an original for a duplicate. */
async function checkMove(
  scope: Scope & { findingId: string },
  to: FindingStatus,
  resolution: string | null,
  duplicateOfId: string | null | undefined,
) {
  const errors: FieldError[] = [];
  if (isResolved(to) && !resolution)
    errors.push(required('resolution', 'say what was done, or why not: it is reported back'));
  if (to === 'duplicate') {
    if (!duplicateOfId) errors.push(required('duplicateOfId', 'name the finding this one duplicates'));
    else if (duplicateOfId === scope.findingId)
      errors.push({ field: 'duplicateOfId', code: 'self_reference', message: 'a finding cannot duplicate itself' });
    else {
      const original = await findFindingRef({ ...scope, findingId: duplicateOfId });
      if (!original) errors.push({ field: 'duplicateOfId', code: 'not_found', message: 'unknown finding' });
      else if (original.status === 'duplicate')
        errors.push({
          field: 'duplicateOfId',
          code: 'duplicate_of_duplicate',
          message: 'name the original finding, not another duplicate',
        });
    }
  } else if (duplicateOfId)
    errors.push({ field: 'duplicateOfId', code: 'not_allowed', message: 'only a duplicate names another finding' });
  if (errors.length > 0) throw new ValidationFailed(errors);
}

/**
 * Moves a finding along FINDING_TRANSITIONS and appends the move to its history, in one transaction on the locked
 * row, so that two simultaneous moves cannot both start from the same status.
 */
export async function update(
  actor: ActorScope & { changes: Changes; findingId: string; body: UpdateFindingBody },
): Promise<Finding> {
  const { db, organisationId, findingId, body, changes } = actor;
  const to = body.status;
  const resolution = body.resolution?.trim() || null;
  const from = await db.transaction(async (tx) => {
    const scope = { db: tx, organisationId, findingId };
    const current = await lockFinding(scope);
    if (!current) throw new NotFound('finding');
    const allowed = FINDING_TRANSITIONS[current.status];
    if (!allowed.includes(to)) throw new IllegalFindingTransition(current.status, to, allowed);
    await checkMove(scope, to, resolution, body.duplicateOfId);
    const values: Partial<FindingValues> = { status: to };
    if (resolution) values.resolution = resolution;
    if (to === 'duplicate') values.duplicateOfId = body.duplicateOfId!;
    if (isResolved(to)) values.resolvedAt = new Date();
    await updateFinding({ ...scope, changes: values });
    await insertFindingChange({
      ...scope,
      change: { itemId: findingId, fromStatus: current.status, toStatus: to, resolution, changedBy: actor.userId },
    });
    // The person who raised it hears how it ended (not when she moved it herself).
    if ((to === 'done' || to === 'wont_do') && current.raisedBy && current.raisedBy !== actor.userId)
      await notify({
        ...scope,
        kind: 'finding_resolved',
        trigger: `finding_resolved:${findingId}:${to}:${Date.now()}`,
        to: { userIds: [current.raisedBy] },
        data: {
          findingTitle: current.title,
          outcome: to,
          resolution: resolution ?? current.resolution ?? '',
          link: '/feedback/my-findings',
        },
      });
    return current.status;
  });
  changes.announce('feedback.finding_moved', { organisationId, findingId, from, to });
  return get(actor);
}
