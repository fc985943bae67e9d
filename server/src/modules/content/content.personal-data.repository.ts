import { and, asc, eq } from 'drizzle-orm';
import type { Scope } from '../../http/actor.ts';
import { contentItems } from '../../db/schema/content.ts';

/** The pages she looks after; they stay hers after an erasure (the record they point at names no one then). */
export async function contentOwnedBy({ db, organisationId, ambassadorId }: Scope & { ambassadorId: string }) {
  return db
    .select({
      id: contentItems.id,
      title: contentItems.title,
      section: contentItems.section,
      url: contentItems.url,
      status: contentItems.status,
    })
    .from(contentItems)
    .where(and(eq(contentItems.organisationId, organisationId), eq(contentItems.ownerAmbassadorId, ambassadorId)))
    .orderBy(asc(contentItems.title), asc(contentItems.id));
}
