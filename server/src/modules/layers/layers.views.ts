import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { layers } from '../../db/schema/layers.ts';

/** The layers of one organisation, with the columns other modules may read (a flattened subquery). */
export function layersOf(db: Db, organisationId: string, alias = 'l') {
  return db
    .select({ id: layers.id, organisationId: layers.organisationId, name: layers.name, rank: layers.rank })
    .from(layers)
    .where(eq(layers.organisationId, organisationId))
    .as(alias);
}
