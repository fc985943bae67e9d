import type { CascadeNode, TrainingCascade } from '@ambassador/shared';
import { together } from '../../../db/rows.ts';
import type { Actor, Scope } from '../../../http/actor.ts';
import { ambassadorEmployees } from '../../ambassadors/ambassador-employees.repository.ts';
import { loadTree } from '../../departments/departments.service.ts';
import { dayIn } from '../../../lib/days.ts';
import { sessionParts, type SessionTrainerRow } from '../sessions/sessions.repository.ts';
import { completedAttendance, completedSessions, type CompletedAttendance } from './cascade.repository.ts';

async function facts(scope: Scope) {
  const sessions = await completedSessions(scope);
  const [attendance, people, parts] = await together(scope.db, [
    async () => completedAttendance(scope),
    async () => ambassadorEmployees(scope),
    async () => sessionParts({ ...scope, sessionIds: sessions.map((session) => session.id) }),
  ]);
  return { sessions, attendance, people, trainers: parts.trainers };
}

const keyOf = (trainer: SessionTrainerRow) =>
  trainer.ambassadorId ? `ambassador:${trainer.ambassadorId}` : `user:${trainer.userId}`;

/**
 * The train-the-trainer chain: who certified each ambassador trainer (the trainers of her first completed
 * train-the-trainer session) and whom each trainer trained, per department.
 */
export async function cascade(scope: Scope & Pick<Actor, 'timezone'>): Promise<TrainingCascade> {
  const { timezone } = scope;
  const [{ sessions, attendance, people, trainers }, tree] = await together(scope.db, [
    async () => facts(scope),
    async () => loadTree(scope),
  ]);
  const byEmployee = new Map(people.map((person) => [person.employeeId, person]));
  const trainersOf = new Map<string, SessionTrainerRow[]>();
  for (const trainer of trainers)
    trainersOf.set(trainer.sessionId, [...(trainersOf.get(trainer.sessionId) ?? []), trainer]);
  const attendeesOf = new Map<string, CompletedAttendance[]>();
  for (const row of attendance) attendeesOf.set(row.sessionId, [...(attendeesOf.get(row.sessionId) ?? []), row]);

  const nodes = new Map<string, CascadeNode & { trained: Map<string, Set<string>>; sessions: Set<string> }>();
  const nodeFor = (
    key: string,
    init: () => Omit<CascadeNode, 'key' | 'children' | 'sessionsGiven' | 'colleaguesTrained' | 'trainedByDepartment'>,
  ) => {
    let node = nodes.get(key);
    if (!node) {
      node = {
        key,
        ...init(),
        sessionsGiven: 0,
        colleaguesTrained: 0,
        trainedByDepartment: [],
        children: [],
        trained: new Map(),
        sessions: new Set(),
      };
      nodes.set(key, node);
    }
    return node;
  };
  const ambassadorNode = (ambassadorId: string, employeeId: string, name: string, departmentId: string) =>
    nodeFor(`ambassador:${ambassadorId}`, () => ({
      kind: 'ambassador',
      name,
      ambassadorId,
      departmentPath: tree.path(departmentId),
      certified: false,
      certifiedOn: null,
    }));

  const certifiedBy = new Map<string, string[]>();
  for (const session of sessions) {
    const sessionTrainers = trainersOf.get(session.id) ?? [];
    const givers = sessionTrainers.map((trainer) =>
      trainer.ambassadorId
        ? ambassadorNode(trainer.ambassadorId, trainer.employeeId!, trainer.name, trainer.departmentId!)
        : nodeFor(keyOf(trainer), () => ({
            kind: 'user',
            name: trainer.name,
            ambassadorId: null,
            departmentPath: null,
            certified: false,
            certifiedOn: null,
          })),
    );
    if (session.externalTrainer)
      givers.push(
        nodeFor(`external:${session.externalTrainer.toLowerCase()}`, () => ({
          kind: 'external',
          name: session.externalTrainer!,
          ambassadorId: null,
          departmentPath: null,
          certified: false,
          certifiedOn: null,
        })),
      );
    for (const giver of givers) {
      giver.sessions.add(session.id);
      // Colleagues trained are end-user attendees; the trainers someone certified are her children in the tree.
      if (session.kind !== 'end_user') continue;
      for (const attendee of attendeesOf.get(session.id) ?? []) {
        const set = giver.trained.get(attendee.departmentId) ?? new Set<string>();
        set.add(attendee.employeeId);
        giver.trained.set(attendee.departmentId, set);
      }
    }
    if (session.kind !== 'train_the_trainer') continue;
    for (const attendee of attendeesOf.get(session.id) ?? []) {
      const person = byEmployee.get(attendee.employeeId);
      if (!person) continue;
      const node = ambassadorNode(person.ambassadorId, person.employeeId, person.name, person.departmentId);
      if (node.certified) continue;
      node.certified = true;
      node.certifiedOn = dayIn(timezone, new Date(session.startsAt));
      // Sessions are visited in time order, so an ambassador who was not yet certified herself cannot be the parent:
      // two ambassadors who certified each other form a chain, not a cycle.
      certifiedBy.set(
        node.key,
        givers
          .filter((giver) => giver.kind !== 'ambassador' || (giver.certified && giver.key !== node.key))
          .map((giver) => giver.key),
      );
    }
  }

  for (const node of nodes.values()) {
    node.sessionsGiven = node.sessions.size;
    node.colleaguesTrained = [...node.trained.values()].reduce((sum, set) => sum + set.size, 0);
    node.trainedByDepartment = [...node.trained]
      .map(([departmentId, set]) => ({ departmentId, path: tree.path(departmentId), trained: set.size }))
      .sort((a, b) => a.path.localeCompare(b.path, 'nl'));
  }
  // Each certified ambassador hangs under the first trainer of the session that certified her.
  const parentOf = new Map<string, string>();
  for (const [key, givers] of certifiedBy) if (givers[0]) parentOf.set(key, givers[0]);
  const childrenOf = new Map<string, string[]>();
  for (const [child, parent] of parentOf) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), child]);

  const build = (key: string, seen: Set<string>): CascadeNode => {
    const { trained: _trained, sessions: _sessions, ...node } = nodes.get(key)!;
    const next = new Set(seen).add(key);
    return {
      ...node,
      children: (childrenOf.get(key) ?? [])
        .filter((child) => !next.has(child))
        .map((child) => build(child, next))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    };
  };
  // Roots: trainers of trainers (users, external trainers) and ambassadors certified in a session without a trainer.
  const roots = [...nodes.values()]
    .filter((node) => !parentOf.has(node.key) && (node.kind === 'ambassador' ? node.certified : node.sessionsGiven > 0))
    .map((node) => build(node.key, new Set()));
  const uncertified = [...nodes.values()]
    .filter((node) => node.kind === 'ambassador' && !node.certified && node.sessionsGiven > 0)
    .map((node) => build(node.key, new Set()));
  const endUserSessions = new Set(
    sessions.filter((session) => session.kind === 'end_user').map((session) => session.id),
  );
  const ambassadorNodes = [...nodes.values()].filter((node) => node.kind === 'ambassador');
  return {
    roots: roots.sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    uncertified: uncertified.sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    totals: {
      certifiedTrainers: ambassadorNodes.filter((node) => node.certified).length,
      colleaguesTrained: new Set(
        attendance.filter((row) => endUserSessions.has(row.sessionId)).map((row) => row.employeeId),
      ).size,
    },
  };
}
