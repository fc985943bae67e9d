import type {
  ContentItem,
  ContentItemList,
  ContentItemListQuery,
  CreateContentItemBody,
  UpdateContentItemBody,
} from '@ambassador/shared';
import { CONTENT_LIMITS } from '@ambassador/shared/constants';
import type { Actor, ActorScope, Scope } from '../../http/actor.ts';
import { NotFound, ValidationFailed, type FieldError } from '../../http/errors.ts';
import { pageWindow, toPage } from '../../http/pages.ts';
import { dayIn } from '../../lib/days.ts';
import { recordContentReviewed } from '../activities/activities.repository.ts';
import { contentItemDto } from './content.dto.ts';
import { NotTheOwner, OwnerMayNotChange } from './content.errors.ts';
import {
  deleteContentItem,
  findAmbassadorRef,
  findContentItem,
  insertContentItem,
  listContentItems,
  lockContentItem,
  updateContentItem,
  type Calendar,
  type ContentItemValues,
} from './content.repository.ts';

/** What an owner may change of her own page. */
const OWNER_FIELDS: readonly string[] = ['status', 'url'];

const calendarOf = (actor: Actor): Calendar => ({ timezone: actor.timezone, today: dayIn(actor.timezone) });

/** The register, by section and title; `overdue`, `mine` and the other filters are applied in the query. */
export async function list(actor: ActorScope & { query: ContentItemListQuery }): Promise<ContentItemList> {
  const { query } = actor;
  const window = pageWindow(query);
  // "Mine" of someone without an ambassador record is nothing, and so is "mine" together with another owner.
  if (
    query.mine &&
    (!actor.ambassadorId || (query.ownerAmbassadorId && query.ownerAmbassadorId !== actor.ambassadorId))
  )
    return toPage([], 0, window);
  const { rows, total } = await listContentItems({
    ...actor,
    calendar: calendarOf(actor),
    filter: {
      overdue: query.overdue,
      ownerAmbassadorId: query.mine ? actor.ambassadorId : query.ownerAmbassadorId,
      status: query.status,
      section: query.section,
      q: query.q,
    },
    window,
  });
  return toPage(
    rows.map((row) => contentItemDto(actor, row)),
    total,
    window,
  );
}

export async function get(actor: ActorScope & { contentItemId: string }): Promise<ContentItem> {
  const row = await findContentItem({ ...actor, calendar: calendarOf(actor) });
  if (!row) throw new NotFound('content item');
  return contentItemDto(actor, row);
}

const trimmed = (value: string | null | undefined) => (value == null ? value : value.trim() || null);

/** Field errors of a body: a title of only spaces, an owner of another organisation, a review in the future. */
async function check(
  scope: Scope & { timezone: string },
  body: Partial<CreateContentItemBody>,
): Promise<Partial<ContentItemValues>> {
  const errors: FieldError[] = [];
  const values: Partial<ContentItemValues> = {};
  if (body.title !== undefined) {
    const title = body.title.trim();
    if (!title) errors.push({ field: 'title', code: 'required', message: 'a page needs a title' });
    values.title = title;
  }
  if (body.section !== undefined) values.section = trimmed(body.section) ?? null;
  if (body.url !== undefined) values.url = trimmed(body.url) ?? null;
  if (body.status !== undefined) values.status = body.status;
  if (body.reviewIntervalDays !== undefined) values.reviewIntervalDays = body.reviewIntervalDays;
  if (body.lastReviewedOn !== undefined) {
    if (body.lastReviewedOn !== null && body.lastReviewedOn > dayIn(scope.timezone))
      errors.push({ field: 'lastReviewedOn', code: 'in_future', message: 'a review cannot be after today' });
    values.lastReviewedOn = body.lastReviewedOn;
  }
  if (body.ownerAmbassadorId !== undefined) {
    if (
      body.ownerAmbassadorId !== null &&
      !(await findAmbassadorRef({ ...scope, ambassadorId: body.ownerAmbassadorId }))
    )
      errors.push({ field: 'ownerAmbassadorId', code: 'not_found', message: 'unknown ambassador' });
    values.ownerAmbassadorId = body.ownerAmbassadorId;
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  return values;
}

export async function create(actor: ActorScope & { body: CreateContentItemBody }): Promise<ContentItem> {
  const values = await check(actor, actor.body);
  const { id } = await insertContentItem({
    ...actor,
    values: {
      ...values,
      title: values.title!,
      status: values.status ?? 'keep',
      reviewIntervalDays: values.reviewIntervalDays ?? CONTENT_LIMITS.reviewIntervalDays.default,
    },
  });
  return get({ ...actor, contentItemId: id });
}

/** An admin changes anything; the page's owner its status and link. */
export async function update(
  actor: ActorScope & { contentItemId: string; body: UpdateContentItemBody },
): Promise<ContentItem> {
  const { body } = actor;
  await actor.db.transaction(async (tx) => {
    const scope = { ...actor, db: tx };
    const current = await lockContentItem(scope);
    if (!current) throw new NotFound('content item');
    if (actor.role !== 'admin') {
      if (!actor.ambassadorId || current.ownerAmbassadorId !== actor.ambassadorId) throw new NotTheOwner();
      const others = Object.keys(body).filter((field) => !OWNER_FIELDS.includes(field));
      if (others.length > 0) throw new OwnerMayNotChange(others.join(', '));
    }
    const changes = await check(scope, body);
    await updateContentItem({ ...scope, changes });
  });
  return get(actor);
}

export async function remove(actor: ActorScope & { contentItemId: string }): Promise<void> {
  if (!(await deleteContentItem(actor))) throw new NotFound('content item');
}

/**
 * Marks the page reviewed today (the organisation's calendar) and logs `content_reviewed` for its owner, if it has
 * one, in one transaction: an admin or the owner may.
 */
export async function review(actor: ActorScope & { contentItemId: string }): Promise<ContentItem> {
  const today = dayIn(actor.timezone);
  await actor.db.transaction(async (tx) => {
    const scope = { ...actor, db: tx };
    const current = await lockContentItem(scope);
    if (!current) throw new NotFound('content item');
    const owner = current.ownerAmbassadorId;
    if (actor.role !== 'admin' && (!actor.ambassadorId || owner !== actor.ambassadorId)) throw new NotTheOwner();
    await updateContentItem({ ...scope, changes: { lastReviewedOn: today } });
    if (owner)
      await recordContentReviewed({
        db: tx,
        organisationId: actor.organisationId,
        ambassadorId: owner,
        contentItemId: current.id,
        occurredOn: today,
        note: current.title,
        createdBy: actor.userId,
      });
  });
  return get(actor);
}
