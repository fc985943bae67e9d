import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { coverageVersions } from '../../db/schema/coverage.ts';

/**
 * How many times the organisation's coverage inputs (its departments, layers, target, employees' places, ambassadors'
 * status) have changed, as text, 0 before the first: what is cached for an organisation is current while this is.
 * Counted by the database at every commit that changes one (migration 0015).
 */
export function coverageVersionSql(organisationId: SQLWrapper): SQL<string> {
  return sql<string>`coalesce((select ${coverageVersions.version} from ${coverageVersions}
    where ${coverageVersions.organisationId} = ${organisationId}), 0)::text`;
}
