import type { Scope } from '../../http/actor.ts';
import { dayIn } from '../../lib/days.ts';
import { notify } from '../notifications/notifications.service.ts';
import { listContentItems } from './content.repository.ts';

const PAGE = 200;

/**
 * Tells each page's owner that it is due for review (on or after its due day, in the organisation's calendar): once
 * per page and due day, so a page reviewed and due again is asked about again.
 */
export async function remindContentReviews(scope: Scope & { timezone: string; now: Date }): Promise<number> {
  const calendar = { timezone: scope.timezone, today: dayIn(scope.timezone, scope.now) };
  let queued = 0;
  for (let offset = 0; ; offset += PAGE) {
    const { rows } = await listContentItems({
      ...scope,
      filter: { dueBy: calendar.today },
      calendar,
      window: { limit: PAGE, offset },
    });
    for (const { item, nextReviewDue } of rows) {
      if (!item.ownerAmbassadorId || item.status === 'remove') continue;
      const result = await notify({
        ...scope,
        kind: 'content_review_due',
        trigger: `content_review_due:${item.id}:${nextReviewDue}`,
        to: { ambassadorIds: [item.ownerAmbassadorId] },
        data: { itemTitle: item.title, dueOn: nextReviewDue, link: '/feedback/content?mine' },
      });
      queued += result.queued;
    }
    if (rows.length < PAGE) return queued;
  }
}
