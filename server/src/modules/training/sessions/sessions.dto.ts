import type { EnrolmentStatus, SessionEnrolment, TrainingSession } from '@ambassador/shared';
import { PLACE_HOLDING_ENROLMENT_STATUSES } from '@ambassador/shared/constants';
import type { Scope } from '../../../http/actor.ts';
import type { DepartmentTree } from '../../departments/department-tree.ts';
import { together } from '../../../db/rows.ts';
import { loadTree } from '../../departments/departments.service.ts';
import { certifications, enrolmentStatusesOf, type enrolmentsOf } from '../enrolments/enrolments.repository.ts';
import { sessionParts, type SessionRow, type Viewer } from './sessions.repository.ts';

/** How sessions look to the one asking: her own part in them, and what she may see. */

/** Employee ids of certified trainers (attended a completed train-the-trainer session). */
export async function certifiedEmployeeIds(scope: Scope) {
  return new Set((await certifications(scope)).map((row) => row.employeeId));
}

/** Sessions as the API shows them: trainers, audience, counts and the viewer's own part, in a fixed number of queries. */
export async function present(scope: Scope, sessions: SessionRow[], viewer: Viewer, tree?: DepartmentTree) {
  const sessionIds = sessions.map((session) => session.id);
  const employeeId = viewer.employeeId;
  const [parts, certified, departmentTree, mine] = await together(scope.db, [
    () => sessionParts({ ...scope, sessionIds }),
    () => certifiedEmployeeIds(scope),
    () => (tree ? Promise.resolve(tree) : loadTree(scope)),
    () =>
      employeeId && sessionIds.length > 0
        ? enrolmentStatusesOf({ ...scope, employeeId, sessionIds })
        : Promise.resolve([]),
  ]);
  const group = <T extends { sessionId: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(item.sessionId, [...(map.get(item.sessionId) ?? []), item]);
    return map;
  };
  const trainers = group(parts.trainers);
  const departments = group(parts.departments);
  const layers = group(parts.layers);
  const counts = group(parts.counts);
  const myStatus = new Map(mine.map((row) => [row.sessionId, row.status as EnrolmentStatus]));

  return sessions.map((session): TrainingSession => {
    const own = trainers.get(session.id) ?? [];
    const ambassadorTrainers = own.filter((trainer) => trainer.ambassadorId);
    const userTrainers = own.filter((trainer) => trainer.userId);
    const count = (status: string) => counts.get(session.id)?.find((row) => row.status === status)?.count ?? 0;
    return {
      id: session.id,
      kind: session.kind,
      title: session.title,
      description: session.description,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      location: session.location,
      onlineUrl: session.onlineUrl,
      capacity: session.capacity,
      wave: session.wave,
      status: session.status,
      externalTrainer: session.externalTrainer,
      trainerIds: ambassadorTrainers.map((trainer) => trainer.ambassadorId!),
      trainerUserIds: userTrainers.map((trainer) => trainer.userId!),
      trainers: ambassadorTrainers.map((trainer) => ({
        ambassadorId: trainer.ambassadorId!,
        employeeId: trainer.employeeId!,
        name: trainer.name,
        departmentId: trainer.departmentId!,
        certified: certified.has(trainer.employeeId!),
      })),
      trainerUsers: userTrainers.map((trainer) => ({ userId: trainer.userId!, name: trainer.name })),
      departmentIds: (departments.get(session.id) ?? []).map((department) => department.id),
      layerIds: (layers.get(session.id) ?? []).map((layer) => layer.id),
      departments: (departments.get(session.id) ?? []).map(({ id, name }) => ({
        id,
        name,
        path: departmentTree.path(id),
      })),
      layers: (layers.get(session.id) ?? []).map(({ id, name }) => ({ id, name })),
      // An attendee held a place, so she counts as registered too: the count never drops when attendance is taken.
      registeredCount: PLACE_HOLDING_ENROLMENT_STATUSES.reduce((sum, status) => sum + count(status), 0),
      waitlistedCount: count('waitlisted'),
      attendedCount: count('attended'),
      myEnrolment: myStatus.get(session.id) ?? null,
      isTrainer: own.some(
        (trainer) =>
          (trainer.userId !== null && trainer.userId === viewer.userId) ||
          (trainer.ambassadorId !== null && trainer.ambassadorId === viewer.ambassadorId),
      ),
      sequence: session.sequence,
      createdAt: session.createdAt.toISOString(),
      updatedAt: session.updatedAt.toISOString(),
    };
  });
}

/** The waitlist position of each waitlisted person, in the order it is served. */
export function withPositions(rows: Awaited<ReturnType<typeof enrolmentsOf>>): SessionEnrolment[] {
  let position = 0;
  return rows.map((row) => ({
    ...row,
    enrolledAt: new Date(row.enrolledAt).toISOString(),
    position: row.status === 'waitlisted' ? ++position : null,
  }));
}
