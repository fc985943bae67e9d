import type { Db } from '../../db/client.ts';
import { organisations } from '../../db/schema/organisations.ts';

/**
 * Every organisation's id, name, slug, time zone and locale, to join by id. Not restricted to one organisation: it is
 * for the two lookups that learn the organisation from the row they start at (the caller, an invitation's token).
 */
export function organisationRefs(db: Db, alias = 'o') {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      slug: organisations.slug,
      timezone: organisations.timezone,
      locale: organisations.locale,
    })
    .from(organisations)
    .as(alias);
}
