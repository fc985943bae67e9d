import { overlaps, type Slot } from './slots.ts';

export type PlanPerson = { id: string; name: string; departmentId: string; pilot: boolean };
export type PlanTrainer = { ambassadorId: string; employeeId: string; departmentId: string };
export type Interval = { startsAt: Date; endsAt: Date };

export type PlannedGroup = {
  slot: Slot;
  trainerIds: string[];
  trainerFromDepartment: boolean;
  departmentIds: string[];
  employeeIds: string[];
  label: { pilot: boolean; departmentId: string | null; part: number; parts: number };
};

/** Splits n people into the fewest groups within capacity, sizes as even as possible (13 by 6 → 5, 4, 4). */
export function chunk<T>(items: T[], capacity: number): T[][] {
  if (items.length === 0) return [];
  const parts = Math.ceil(items.length / capacity);
  const groups: T[][] = [];
  let at = 0;
  for (let i = 0; i < parts; i++) {
    const size = Math.ceil((items.length - at) / (parts - i));
    groups.push(items.slice(at, at + size));
    at += size;
  }
  return groups;
}

/**
 * Proposes sessions that cover the given people: department by department (pilot users first when asked), each group
 * within capacity, each taught by a free certified trainer of its own department where one exists (never a trainer
 * who sits in the group herself), never two sessions of one trainer or one person at a time, and never over an
 * existing booking. A group that finds no slot is returned as unplanned. Without any certified trainer, sessions
 * are proposed one at a time, without a trainer.
 */
export function planGroups({
  people,
  departmentOrder,
  trainers,
  slots,
  capacity,
  pilotFirst,
  busy,
}: {
  people: PlanPerson[];
  departmentOrder: string[];
  trainers: PlanTrainer[];
  slots: Slot[];
  capacity: number;
  pilotFirst: boolean;
  /** Existing bookings per employee id (trainers' and participants' sessions that are not cancelled). */
  busy: Map<string, Interval[]>;
}): { groups: PlannedGroup[]; unplanned: PlanPerson[] } {
  const taken = new Map<number, Set<string>>(); // slot index → employee ids busy in that planned slot
  const isFree = (employeeId: string, slot: Slot) =>
    !taken.get(slot.index)?.has(employeeId) && !(busy.get(employeeId) ?? []).some((b) => overlaps(b, slot));
  const take = (slot: Slot, employeeIds: string[]) => {
    const set = taken.get(slot.index) ?? new Set<string>();
    for (const id of employeeIds) set.add(id);
    taken.set(slot.index, set);
  };
  const trainerless = trainers.length === 0;

  const groups: PlannedGroup[] = [];
  const unplanned: PlanPerson[] = [];
  let firstSlot = 0;

  const place = (members: PlanPerson[], departmentId: string | null, label: PlannedGroup['label']) => {
    const group = placeIn(members, departmentId, label, true) ?? placeIn(members, departmentId, label, false);
    if (!group) unplanned.push(...members);
  };

  /** `ownFirst`: a department with a trainer of its own waits for her; otherwise any free trainer will do. */
  const placeIn = (
    members: PlanPerson[],
    departmentId: string | null,
    label: PlannedGroup['label'],
    ownFirst: boolean,
  ): PlannedGroup | null => {
    const memberIds = new Set(members.map((member) => member.id));
    const hasOwnTrainer =
      ownFirst &&
      departmentId !== null &&
      trainers.some((t) => t.departmentId === departmentId && !memberIds.has(t.employeeId));
    for (let i = firstSlot; i < slots.length; i++) {
      const slot = slots[i]!;
      if (trainerless && (taken.get(slot.index)?.size ?? 0) > 0) continue;
      if (!members.every((member) => isFree(member.id, slot))) continue;
      const free = trainers.filter((t) => !memberIds.has(t.employeeId) && isFree(t.employeeId, slot));
      const own = departmentId ? free.filter((t) => t.departmentId === departmentId) : [];
      const trainer = own[0] ?? (hasOwnTrainer ? undefined : free[0]);
      if (!trainer && !trainerless) continue;
      take(slot, [...memberIds, ...(trainer ? [trainer.employeeId] : [])]);
      const group: PlannedGroup = {
        slot,
        trainerIds: trainer ? [trainer.ambassadorId] : [],
        trainerFromDepartment: Boolean(trainer && departmentId && trainer.departmentId === departmentId),
        departmentIds: [...new Set(members.map((member) => member.departmentId))],
        employeeIds: members.map((member) => member.id),
        label,
      };
      groups.push(group);
      return group;
    }
    return null;
  };

  const pilots = pilotFirst ? people.filter((person) => person.pilot) : [];
  const pilotGroups = chunk(pilots, capacity);
  pilotGroups.forEach((members, index) =>
    place(members, null, { pilot: true, departmentId: null, part: index + 1, parts: pilotGroups.length }),
  );
  // Everyone else starts after the last pilot session.
  const lastPilot = Math.max(-1, ...groups.map((group) => group.slot.index));
  if (lastPilot >= 0) {
    const end = slots[lastPilot]!.endsAt;
    firstSlot = slots.findIndex((slot) => slot.startsAt >= end);
    if (firstSlot < 0) firstSlot = slots.length;
  }

  const rest = people.filter((person) => !pilotFirst || !person.pilot);
  const byDepartment = new Map<string, PlanPerson[]>();
  for (const person of rest) {
    const members = byDepartment.get(person.departmentId);
    if (members) members.push(person);
    else byDepartment.set(person.departmentId, [person]);
  }
  // Departments in tree order; any department the order does not know comes last rather than being lost.
  const order = [...new Set([...departmentOrder, ...byDepartment.keys()])];
  for (const departmentId of order) {
    const members = byDepartment.get(departmentId);
    if (!members) continue;
    const parts = chunk(members, capacity);
    parts.forEach((group, index) =>
      place(group, departmentId, { pilot: false, departmentId, part: index + 1, parts: parts.length }),
    );
  }
  groups.sort((a, b) => a.slot.index - b.slot.index);
  return { groups, unplanned };
}
