import type { UpdateOrganisationBody } from '@ambassador/shared';
import type { Db } from '../../db/client.ts';
import { NotFound } from '../../http/errors.ts';
import { refreshCoverageSnapshot, type SnapshotLog } from '../coverage/coverage.service.ts';
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

export async function getOrganisation({ db, organisationId }: { db: Db; organisationId: string }) {
  const row = await findOrganisation({ db, organisationId });
  if (!row) throw new NotFound('organisation');
  return organisationDto(row);
}

export async function patchOrganisation({
  db,
  organisationId,
  body,
  log,
}: {
  db: Db;
  organisationId: string;
  body: UpdateOrganisationBody;
  log?: SnapshotLog;
}) {
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
    },
  });
  if (!row) throw new NotFound('organisation');
  // A new target changes every cell's status, and a new time zone which day "today" is: both move the trend line.
  if (body.coverageTarget || body.timezone) await refreshCoverageSnapshot({ db, organisationId, log });
  return organisationDto(row);
}
