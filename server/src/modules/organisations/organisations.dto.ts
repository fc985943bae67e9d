import type { Organisation, OrganisationRef } from '@ambassador/shared';
import type { OrganisationRow } from './organisations.repository.ts';

export function organisationRef(row: OrganisationRow): OrganisationRef {
  return { id: row.id, name: row.name, slug: row.slug };
}

export function organisationDto(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    locale: row.locale,
    timezone: row.timezone,
    coverageTarget: { perEmployees: row.coveragePerEmployees, minPerCell: row.coverageMinPerCell },
    phase: row.phase,
  };
}
