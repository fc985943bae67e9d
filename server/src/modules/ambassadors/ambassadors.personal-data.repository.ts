import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Scope } from '../../http/actor.ts';
import { ambassadors, ambassadorStatusChanges } from '../../db/schema/ambassadors.ts';
import { employeesOf } from '../employees/employees.views.ts';

/** The employee's ambassador record with who nominated her, or undefined when she is none. */
export async function ambassadorOfEmployee({ db, organisationId, employeeId }: Scope & { employeeId: string }) {
  const nominator = employeesOf(db, organisationId, 'nominator');
  const [row] = await db
    .select({
      id: ambassadors.id,
      status: ambassadors.status,
      roles: ambassadors.roles,
      source: ambassadors.source,
      nominatedById: ambassadors.nominatedByEmployeeId,
      nominatedByName: nominator.name,
      motivation: ambassadors.motivation,
      notes: ambassadors.notes,
      hoursPerMonth: ambassadors.hoursPerMonth,
      managerConsent: ambassadors.managerConsent,
      managerConsentDate: ambassadors.managerConsentDate,
      startDate: ambassadors.startDate,
      endDate: ambassadors.endDate,
      createdAt: ambassadors.createdAt,
    })
    .from(ambassadors)
    .leftJoin(nominator, eq(nominator.id, ambassadors.nominatedByEmployeeId))
    .where(and(eq(ambassadors.organisationId, organisationId), eq(ambassadors.employeeId, employeeId)));
  return row;
}

export async function statusChangesOf({ db, organisationId, ambassadorId }: Scope & { ambassadorId: string }) {
  return db
    .select({
      from: ambassadorStatusChanges.fromStatus,
      to: ambassadorStatusChanges.toStatus,
      note: ambassadorStatusChanges.note,
      changedAt: ambassadorStatusChanges.changedAt,
    })
    .from(ambassadorStatusChanges)
    .where(
      and(
        eq(ambassadorStatusChanges.organisationId, organisationId),
        eq(ambassadorStatusChanges.ambassadorId, ambassadorId),
      ),
    )
    .orderBy(asc(ambassadorStatusChanges.changedAt), asc(ambassadorStatusChanges.id));
}

/** Clears the free texts of the record and of its status history; the statuses and dates stay, for the counts. */
export async function clearAmbassadorTexts({ db, organisationId, ambassadorId }: Scope & { ambassadorId: string }) {
  const records = await db
    .update(ambassadors)
    .set({ motivation: null, notes: null })
    .where(and(eq(ambassadors.organisationId, organisationId), eq(ambassadors.id, ambassadorId)))
    .returning({ id: ambassadors.id });
  const notes = await db
    .update(ambassadorStatusChanges)
    .set({ note: null })
    .where(
      and(
        eq(ambassadorStatusChanges.organisationId, organisationId),
        eq(ambassadorStatusChanges.ambassadorId, ambassadorId),
        isNotNull(ambassadorStatusChanges.note),
      ),
    )
    .returning({ id: ambassadorStatusChanges.id });
  return { records: records.length, statusNotes: notes.length };
}
