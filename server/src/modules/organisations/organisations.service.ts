import type { UpdateOrganisationBody } from '@ambassador/shared';
import type { Changes } from '../../events/index.ts';
import type { Scope } from '../../http/actor.ts';
import { NotFound } from '../../http/errors.ts';
import { organisationDto } from './organisations.dto.ts';
import { InvalidTimezone } from './organisations.errors.ts';
import { findOrganisation, updateOrganisation } from './organisations.repository.ts';

function isKnownTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

export async function getOrganisation({ db, organisationId }: Scope) {
  const row = await findOrganisation({ db, organisationId });
  if (!row) throw new NotFound('organisation');
  return organisationDto(row);
}

export async function patchOrganisation({
  db,
  organisationId,
  changes,
  body,
}: Scope & { changes: Changes; body: UpdateOrganisationBody }) {
  if (body.timezone !== undefined && !isKnownTimezone(body.timezone)) throw new InvalidTimezone(body.timezone);
  const row = await updateOrganisation({
    db,
    organisationId,
    changes: {
      name: body.name?.trim(),
      locale: body.locale,
      timezone: body.timezone,
      phase: body.phase,
      coveragePerEmployees: body.coverageTarget?.perEmployees,
      coverageMinPerCell: body.coverageTarget?.minPerCell,
      recognitionEnabled: body.recognition?.enabled,
      retentionMonths: body.privacy?.retentionMonths,
    },
    pointsPatch: body.recognition?.points,
  });
  if (!row) throw new NotFound('organisation');
  // A new target changes every cell's status, and a new time zone which day "today" is: both move the trend line.
  if (body.coverageTarget || body.timezone) changes.coverage(organisationId);
  return organisationDto(row);
}
