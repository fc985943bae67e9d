import type { Organisation, OrganisationRef, RecognitionPoints } from '@ambassador/shared';
import { RECOGNITION_DEFAULT_POINTS } from '@ambassador/shared/constants';
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
    recognition: { enabled: row.recognitionEnabled, points: recognitionPoints(row) },
    privacy: { retentionMonths: row.retentionMonths },
  };
}

/** The organisation's points per activity kind: what it set, the defaults for the rest. */
export function recognitionPoints(row: Pick<OrganisationRow, 'recognitionPoints'>): RecognitionPoints {
  return { ...RECOGNITION_DEFAULT_POINTS, ...row.recognitionPoints };
}
