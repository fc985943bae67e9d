import type { ContentItem } from '@ambassador/shared';
import type { Actor } from '../../http/actor.ts';
import type { ContentItemListRow } from './content.repository.ts';

export function contentItemDto(
  actor: Actor,
  { item, ownerName, nextReviewDue, overdue }: ContentItemListRow,
): ContentItem {
  return {
    id: item.id,
    title: item.title,
    section: item.section,
    url: item.url,
    ownerAmbassadorId: item.ownerAmbassadorId,
    ownerName: item.ownerAmbassadorId ? ownerName : null,
    status: item.status,
    reviewIntervalDays: item.reviewIntervalDays,
    lastReviewedOn: item.lastReviewedOn,
    nextReviewDue,
    overdue: Boolean(overdue),
    mine: actor.ambassadorId !== undefined && item.ownerAmbassadorId === actor.ambassadorId,
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
  };
}
