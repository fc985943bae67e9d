import { overlaps, type Slot } from './slots.ts';

export type DigitalSkill = 'low' | 'medium' | 'high';
export type PlanPerson = {
  id: string;
  name: string;
  departmentId: string;
  pilot: boolean;
  digitalSkill?: DigitalSkill | null;
};
export type PlanTrainer = { ambassadorId: string; employeeId: string; departmentId: string };
export type PlanRoom = { id: string; name: string; capacity: number | null };
export type Interval = { startsAt: Date; endsAt: Date };
/** Why a group found no session (those already scheduled elsewhere never reach the planner). */
export type PlanFailure = 'no_trainer' | 'no_room' | 'no_slot';
export type UnplannedPerson = PlanPerson & { reason: PlanFailure };

export type DigitalHelp = {
  /** Places in a session of mostly low-skill colleagues (never more than the plan's capacity). */
  capacity: number;
  /** Active digital buddies: the second trainer of a digital-help session. */
  buddies: PlanTrainer[];
  /** A department's ancestors, nearest first: where a buddy is looked for when the department has none free. */
  ancestorsOf: (departmentId: string) => readonly string[];
};

export type PlannedGroup = {
  slot: Slot;
  /** The trainer first, then the digital buddy when there is one. */
  trainerIds: string[];
  trainerFromDepartment: boolean;
  departmentIds: string[];
  employeeIds: string[];
  /**
   * Places in the session: the plan's capacity, or the smaller one of digital help, and never more than its room
   * holds (so that later enrolments keep to it too).
   */
  capacity: number;
  /** More than half of the participants have low digital skill (only when digital help is asked for). */
  digitalHelp: boolean;
  buddyId: string | null;
  roomId: string | null;
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

const isLow = (person: PlanPerson) => person.digitalSkill === 'low';
/** More than half of the group has low digital skill. */
export const mostlyLowSkill = (members: readonly PlanPerson[]) =>
  members.length > 0 && members.filter(isLow).length * 2 > members.length;

/**
 * The groups of one set of people. With digital help, colleagues with low digital skill are grouped apart (as soon as
 * there are two of them), in smaller groups, so that sessions where they are the majority actually form.
 */
export function formGroups(
  members: PlanPerson[],
  capacity: number,
  digitalHelpCapacity: number | null,
): { members: PlanPerson[]; digitalHelp: boolean }[] {
  if (digitalHelpCapacity === null)
    return chunk(members, capacity).map((group) => ({ members: group, digitalHelp: false }));
  const low = members.filter(isLow);
  const tagged = (groups: PlanPerson[][]) =>
    groups.map((group) => ({ members: group, digitalHelp: mostlyLowSkill(group) }));
  if (low.length < 2) return tagged(chunk(members, capacity));
  return [
    ...tagged(chunk(low, Math.min(digitalHelpCapacity, capacity))),
    ...tagged(
      chunk(
        members.filter((person) => !isLow(person)),
        capacity,
      ),
    ),
  ];
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, n] of counts) if (best === null || n > counts.get(best)!) best = value;
  return best;
}

/**
 * Proposes sessions that cover the given people: department by department (pilot users first when asked), each group
 * within capacity, each taught by a free certified trainer of its own department where one exists (never a trainer
 * who sits in the group herself), never two sessions of one trainer, buddy, person or room at a time, and never over
 * an existing booking. With digital help, a group of mostly low-skill colleagues is smaller and gets a free digital
 * buddy of its department (else of the nearest ancestor department, else any) as second trainer. With rooms, each
 * session gets the smallest free room that holds it. A group that finds no slot is returned as unplanned, with why.
 * Without any certified trainer, sessions are proposed one at a time, without a trainer.
 */
export function planGroups({
  people,
  departmentOrder,
  trainers,
  slots,
  capacity,
  pilotFirst,
  busy,
  digitalHelp = null,
  rooms = [],
  roomBusy = new Map(),
}: {
  people: PlanPerson[];
  departmentOrder: string[];
  trainers: PlanTrainer[];
  slots: Slot[];
  capacity: number;
  pilotFirst: boolean;
  /** Existing bookings per employee id (trainers' and participants' sessions that are not cancelled). */
  busy: Map<string, Interval[]>;
  digitalHelp?: DigitalHelp | null;
  /** Rooms to hold the sessions in; none means sessions get no room. */
  rooms?: PlanRoom[];
  /** Existing sessions per room name (trimmed, lower case), as the clash check compares locations. */
  roomBusy?: Map<string, Interval[]>;
}): { groups: PlannedGroup[]; unplanned: UnplannedPerson[] } {
  const taken = new Map<number, Set<string>>(); // slot index → employee ids busy in that planned slot
  const roomsTaken = new Map<number, Set<string>>(); // slot index → room ids used in that planned slot
  const isFree = (employeeId: string, slot: Slot) =>
    !taken.get(slot.index)?.has(employeeId) && !(busy.get(employeeId) ?? []).some((b) => overlaps(b, slot));
  const take = (slot: Slot, employeeIds: string[]) => {
    const set = taken.get(slot.index) ?? new Set<string>();
    for (const id of employeeIds) set.add(id);
    taken.set(slot.index, set);
  };
  const trainerless = trainers.length === 0;
  // Smallest first, so that a small group leaves the big rooms to big groups; rooms without a size count as biggest.
  const roomOrder = [...rooms].sort(
    (a, b) => (a.capacity ?? Infinity) - (b.capacity ?? Infinity) || a.name.localeCompare(b.name),
  );
  const roomFor = (size: number, slot: Slot) =>
    roomOrder.find(
      (room) =>
        (room.capacity === null || room.capacity >= size) &&
        !roomsTaken.get(slot.index)?.has(room.id) &&
        !(roomBusy.get(room.name.trim().toLowerCase()) ?? []).some((b) => overlaps(b, slot)),
    );
  // A group never outgrows the biggest room (when every room has a size).
  const biggestRoom =
    rooms.length > 0 && rooms.every((room) => room.capacity !== null)
      ? Math.max(...rooms.map((room) => room.capacity!))
      : Infinity;
  const groupCapacity = Math.max(1, Math.min(capacity, biggestRoom));
  const helpCapacity = digitalHelp ? Math.max(1, Math.min(digitalHelp.capacity, groupCapacity)) : null;

  const groups: PlannedGroup[] = [];
  const unplanned: UnplannedPerson[] = [];
  let firstSlot = 0;

  /** Buddies in order of preference for a department: its own, then its ancestors' nearest first, then anyone. */
  const buddiesFor = (departmentId: string | null) => {
    if (!digitalHelp) return [];
    const order = departmentId ? [departmentId, ...digitalHelp.ancestorsOf(departmentId)] : [];
    const rank = (buddy: PlanTrainer) => {
      const at = order.indexOf(buddy.departmentId);
      return at < 0 ? order.length : at;
    };
    return [...digitalHelp.buddies].sort((a, b) => rank(a) - rank(b));
  };

  type Attempt = { membersFree: boolean; trainer: boolean };

  const place = (members: PlanPerson[], departmentId: string | null, help: boolean, label: PlannedGroup['label']) => {
    const seen: Attempt = { membersFree: false, trainer: false };
    const passes: [boolean, boolean][] = help
      ? [
          [true, true],
          [false, true],
          [true, false],
          [false, false],
        ]
      : [
          [true, false],
          [false, false],
        ];
    for (const [ownFirst, needBuddy] of passes) {
      if (placeIn(members, departmentId, help, label, ownFirst, needBuddy, seen)) return;
    }
    const reason: PlanFailure = !seen.membersFree ? 'no_slot' : !seen.trainer ? 'no_trainer' : 'no_room';
    unplanned.push(...members.map((member) => ({ ...member, reason })));
  };

  /**
   * `ownFirst`: a department with a trainer of its own waits for her; otherwise any free trainer will do.
   * `needBuddy`: a digital-help group waits for a free buddy; otherwise it goes without one.
   */
  const placeIn = (
    members: PlanPerson[],
    departmentId: string | null,
    help: boolean,
    label: PlannedGroup['label'],
    ownFirst: boolean,
    needBuddy: boolean,
    seen: Attempt,
  ): PlannedGroup | null => {
    const memberIds = new Set(members.map((member) => member.id));
    const hasOwnTrainer =
      ownFirst &&
      departmentId !== null &&
      trainers.some((t) => t.departmentId === departmentId && !memberIds.has(t.employeeId));
    const buddies = help
      ? buddiesFor(departmentId ?? mostCommon(members.map((member) => member.departmentId))).filter(
          (buddy) => !memberIds.has(buddy.employeeId),
        )
      : [];
    if (needBuddy && buddies.length === 0) return null;
    for (let i = firstSlot; i < slots.length; i++) {
      const slot = slots[i]!;
      if (trainerless && (taken.get(slot.index)?.size ?? 0) > 0) continue;
      if (!members.every((member) => isFree(member.id, slot))) continue;
      seen.membersFree = true;
      const free = trainers.filter((t) => !memberIds.has(t.employeeId) && isFree(t.employeeId, slot));
      const own = departmentId ? free.filter((t) => t.departmentId === departmentId) : [];
      const trainer = own[0] ?? (hasOwnTrainer ? undefined : free[0]);
      if (!trainer && !trainerless) continue;
      seen.trainer = true;
      const room = rooms.length > 0 ? roomFor(members.length, slot) : undefined;
      if (rooms.length > 0 && !room) continue;
      const buddy = buddies.find(
        (candidate) => candidate.employeeId !== trainer?.employeeId && isFree(candidate.employeeId, slot),
      );
      if (needBuddy && !buddy) continue;
      take(slot, [...memberIds, ...(trainer ? [trainer.employeeId] : []), ...(buddy ? [buddy.employeeId] : [])]);
      if (room) roomsTaken.set(slot.index, new Set([...(roomsTaken.get(slot.index) ?? []), room.id]));
      const group: PlannedGroup = {
        slot,
        trainerIds: [...(trainer ? [trainer.ambassadorId] : []), ...(buddy ? [buddy.ambassadorId] : [])],
        trainerFromDepartment: Boolean(trainer && departmentId && trainer.departmentId === departmentId),
        departmentIds: [...new Set(members.map((member) => member.departmentId))],
        employeeIds: members.map((member) => member.id),
        capacity: Math.min(help && helpCapacity !== null ? helpCapacity : capacity, room?.capacity ?? Infinity),
        digitalHelp: help,
        buddyId: buddy?.ambassadorId ?? null,
        roomId: room?.id ?? null,
        label,
      };
      groups.push(group);
      return group;
    }
    return null;
  };

  const placeAll = (members: PlanPerson[], departmentId: string | null, pilot: boolean) => {
    const parts = formGroups(members, groupCapacity, helpCapacity);
    parts.forEach((part, index) =>
      place(part.members, departmentId, part.digitalHelp, {
        pilot,
        departmentId,
        part: index + 1,
        parts: parts.length,
      }),
    );
  };

  placeAll(pilotFirst ? people.filter((person) => person.pilot) : [], null, true);
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
    if (members) placeAll(members, departmentId, false);
  }
  groups.sort((a, b) => a.slot.index - b.slot.index);
  return { groups, unplanned };
}
