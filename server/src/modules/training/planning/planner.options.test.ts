import { describe, expect, it } from 'vitest';
import {
  formGroups,
  mostlyLowSkill,
  planGroups,
  type DigitalSkill,
  type Interval,
  type PlanPerson,
  type PlanRoom,
  type PlanTrainer,
} from './planner.ts';
import { overlaps, type Slot } from './slots.ts';

/** The planner's options: digital help (smaller sessions with a digital buddy), rooms, and why someone is left out. */

function hourlySlots(count: number): Slot[] {
  const base = Date.UTC(2030, 0, 7, 8);
  return Array.from({ length: count }, (_, index) => ({
    index,
    startsAt: new Date(base + index * 75 * 60_000),
    endsAt: new Date(base + index * 75 * 60_000 + 60 * 60_000),
  }));
}

const person = (id: string, departmentId: string, digitalSkill: DigitalSkill | null = null): PlanPerson => ({
  id,
  name: `Name ${id}`,
  departmentId,
  pilot: false,
  digitalSkill,
});
const people = (departmentId: string, count: number, skill: DigitalSkill | null, prefix = skill ?? 'x') =>
  Array.from({ length: count }, (_, i) => person(`${departmentId}-${prefix}${i + 1}`, departmentId, skill));
const ambassador = (employeeId: string, departmentId: string): PlanTrainer => ({
  ambassadorId: `amb-${employeeId}`,
  employeeId,
  departmentId,
});

/** A > A1 > A1a; B stands alone. */
const PARENTS: Record<string, string | undefined> = { A1: 'A', A1a: 'A1' };
const ancestorsOf = (id: string) => {
  const found: string[] = [];
  for (let at = PARENTS[id]; at; at = PARENTS[at]) found.push(at);
  return found;
};

type Input = Parameters<typeof planGroups>[0];
function plan(input: Partial<Input> & Pick<Input, 'people'>) {
  const full: Input = {
    departmentOrder: [...new Set(input.people.map((p) => p.departmentId))],
    trainers: [],
    slots: hourlySlots(10),
    capacity: 10,
    pilotFirst: false,
    busy: new Map(),
    ...input,
  };
  const result = planGroups(full);
  // Nobody (participant, trainer or buddy) and no room twice in one slot, nor over an existing booking.
  const employeeOf = new Map(
    [...full.trainers, ...(full.digitalHelp?.buddies ?? [])].map((t) => [t.ambassadorId, t.employeeId]),
  );
  for (const slot of full.slots) {
    const here = result.groups.filter((g) => g.slot.index === slot.index);
    const busyHere = here.flatMap((g) => [...g.employeeIds, ...g.trainerIds.map((id) => employeeOf.get(id)!)]);
    expect(busyHere.length, `slot ${slot.index} double-booked`).toBe(new Set(busyHere).size);
    const roomsHere = here.flatMap((g) => (g.roomId ? [g.roomId] : []));
    expect(roomsHere.length, `room twice in slot ${slot.index}`).toBe(new Set(roomsHere).size);
  }
  for (const group of result.groups) {
    for (const id of [...group.employeeIds, ...group.trainerIds.map((t) => employeeOf.get(t)!)])
      expect(
        (full.busy.get(id) ?? []).some((b) => overlaps(b, group.slot)),
        `${id} booked`,
      ).toBe(false);
    if (group.buddyId) expect(group.trainerIds).toContain(group.buddyId);
    const room = full.rooms?.find((r) => r.id === group.roomId);
    if (room?.capacity) expect(group.employeeIds.length).toBeLessThanOrEqual(room.capacity);
    if (room)
      expect(
        (full.roomBusy?.get(room.name.toLowerCase()) ?? []).some((b) => overlaps(b, group.slot)),
        `${room.name} booked`,
      ).toBe(false);
  }
  const listed = [...result.groups.flatMap((g) => g.employeeIds), ...result.unplanned.map((p) => p.id)];
  expect(listed.sort()).toEqual(full.people.map((p) => p.id).sort());
  return result;
}

const help = (buddies: PlanTrainer[], capacity = 4) => ({ capacity, buddies, ancestorsOf });

describe('formGroups', () => {
  it('keeps plain groups when digital help is off', () => {
    const groups = formGroups([...people('A', 3, 'low'), ...people('A', 3, 'high')], 10, null);
    expect(groups.map((g) => [g.members.length, g.digitalHelp])).toEqual([[6, false]]);
  });

  it('groups low-skill colleagues apart, in smaller groups', () => {
    const groups = formGroups([...people('A', 5, 'low'), ...people('A', 7, 'high')], 10, 3);
    expect(groups.map((g) => [g.members.length, g.digitalHelp])).toEqual([
      [3, true],
      [2, true],
      [7, false],
    ]);
  });

  it('does not give one low-skill colleague a session of her own', () => {
    const groups = formGroups([...people('A', 1, 'low'), ...people('A', 4, 'medium')], 10, 3);
    expect(groups.map((g) => [g.members.length, g.digitalHelp])).toEqual([[5, false]]);
  });

  it('calls a group mostly low-skill only above half', () => {
    expect(mostlyLowSkill([...people('A', 2, 'low'), ...people('A', 2, 'high')])).toBe(false);
    expect(mostlyLowSkill([...people('A', 3, 'low'), ...people('A', 2, null)])).toBe(true);
    expect(mostlyLowSkill([])).toBe(false);
  });
});

describe('digital help', () => {
  it('gives a session of mostly low-skill colleagues fewer places and a buddy of the department as second trainer', () => {
    const input = [...people('A', 6, 'low'), ...people('A', 5, 'high')];
    const trainers = [ambassador('trainer-A', 'A')];
    const buddies = [ambassador('buddy-B', 'B'), ambassador('buddy-A', 'A')];
    const { groups, unplanned } = plan({ people: input, trainers, digitalHelp: help(buddies, 3) });
    expect(unplanned).toEqual([]);
    const helped = groups.filter((g) => g.digitalHelp);
    expect(helped.map((g) => g.employeeIds.length)).toEqual([3, 3]);
    expect(helped.map((g) => g.capacity)).toEqual([3, 3]);
    for (const group of helped) {
      expect(group.trainerIds).toEqual(['amb-trainer-A', 'amb-buddy-A']);
      expect(group.buddyId).toBe('amb-buddy-A');
    }
    const plain = groups.filter((g) => !g.digitalHelp);
    expect(plain.map((g) => [g.employeeIds.length, g.buddyId])).toEqual([[5, null]]);
  });

  it('looks for a buddy in the nearest ancestor department, then anywhere', () => {
    const input = people('A1a', 2, 'low');
    const nearest = plan({
      people: input,
      digitalHelp: help([ambassador('buddy-B', 'B'), ambassador('buddy-A', 'A'), ambassador('buddy-A1', 'A1')]),
    });
    expect(nearest.groups.map((g) => g.buddyId)).toEqual(['amb-buddy-A1']);
    const anywhere = plan({ people: input, digitalHelp: help([ambassador('buddy-B', 'B')]) });
    expect(anywhere.groups.map((g) => g.buddyId)).toEqual(['amb-buddy-B']);
  });

  it('never double-books a buddy: a booked buddy is passed over for a free one, or the session moves', () => {
    const slots = hourlySlots(3);
    const booked = (slot: Slot): Interval[] => [{ startsAt: slot.startsAt, endsAt: slot.endsAt }];
    const buddies = [ambassador('buddy-A', 'A'), ambassador('buddy-B', 'B')];
    // buddy-A is booked in slot 0: buddy-B takes it there.
    const passed = plan({
      people: people('A', 2, 'low'),
      slots,
      busy: new Map([['buddy-A', booked(slots[0]!)]]),
      digitalHelp: help(buddies),
    });
    expect(passed.groups.map((g) => [g.slot.index, g.buddyId])).toEqual([[0, 'amb-buddy-B']]);
    // Two departments' low-skill groups and one buddy: one session each, at different times.
    const one = plan({
      people: [...people('A', 2, 'low'), ...people('B', 2, 'low')],
      slots,
      digitalHelp: help([ambassador('buddy-A', 'A')]),
    });
    expect(one.groups.map((g) => [g.slot.index, g.buddyId])).toEqual([
      [0, 'amb-buddy-A'],
      [1, 'amb-buddy-A'],
    ]);
  });

  it('plans a digital-help session without a buddy when none is ever free', () => {
    const { groups } = plan({ people: people('A', 3, 'low'), digitalHelp: help([]) });
    expect(groups.map((g) => [g.digitalHelp, g.buddyId, g.trainerIds])).toEqual([[true, null, []]]);
  });

  it('never makes a participant her own buddy, nor the trainer the buddy', () => {
    const input = [...people('A', 2, 'low'), person('helper', 'A', 'low')];
    const { groups } = plan({
      people: input,
      trainers: [ambassador('both', 'A')],
      digitalHelp: help([ambassador('helper', 'A'), ambassador('both', 'A')]),
    });
    for (const group of groups) expect(group.buddyId).toBeNull();
  });
});

describe('rooms', () => {
  const rooms: PlanRoom[] = [
    { id: 'big', name: 'Grote zaal', capacity: 20 },
    { id: 'small', name: 'Kamer 1', capacity: 6 },
  ];

  it('gives each session the smallest free room that holds it, never one room twice at a time', () => {
    const input = [...people('A', 5, null), ...people('B', 5, null)];
    const trainers = [ambassador('tA', 'A'), ambassador('tB', 'B')];
    const { groups } = plan({ people: input, trainers, rooms, slots: hourlySlots(1) });
    expect(groups.map((g) => [g.slot.index, g.roomId])).toEqual([
      [0, 'small'],
      [0, 'big'],
    ]);
  });

  it('keeps groups within the biggest room, and passes over a room booked by an existing session', () => {
    const slots = hourlySlots(4);
    const { groups } = plan({
      people: people('A', 9, null),
      capacity: 12,
      rooms: [{ id: 'small', name: 'Kamer 1', capacity: 6 }],
      slots,
      roomBusy: new Map([['kamer 1', [{ startsAt: slots[0]!.startsAt, endsAt: slots[1]!.endsAt }]]]),
    });
    expect(groups.map((g) => [g.slot.index, g.employeeIds.length, g.roomId, g.capacity])).toEqual([
      [2, 5, 'small', 6],
      [3, 4, 'small', 6],
    ]);
  });
});

describe('why someone is left out', () => {
  it('says no_room when trainer and participants are free but every room is taken', () => {
    const slots = hourlySlots(1);
    const { unplanned } = plan({
      people: people('A', 2, null),
      trainers: [ambassador('tA', 'A')],
      rooms: [{ id: 'r', name: 'Zaal', capacity: null }],
      roomBusy: new Map([['zaal', [{ startsAt: slots[0]!.startsAt, endsAt: slots[0]!.endsAt }]]]),
      slots,
    });
    expect(unplanned.map((p) => p.reason)).toEqual(['no_room', 'no_room']);
  });

  it('says no_trainer when the participants are free but no trainer is', () => {
    const slots = hourlySlots(2);
    const { unplanned } = plan({
      people: people('A', 2, null),
      trainers: [ambassador('tA', 'A')],
      busy: new Map([['tA', [{ startsAt: slots[0]!.startsAt, endsAt: slots[1]!.endsAt }]]]),
      slots,
    });
    expect(unplanned.map((p) => p.reason)).toEqual(['no_trainer', 'no_trainer']);
  });

  it('says no_slot when the slots run out, and no_trainer when only the trainers did', () => {
    // Without trainers sessions go one at a time: the second group finds no slot left.
    const trainerless = plan({ people: [...people('A', 2, null), ...people('B', 2, null)], slots: hourlySlots(1) });
    expect(trainerless.unplanned.map((p) => p.reason)).toEqual(['no_slot', 'no_slot']);
    // The only trainer is taken by the first session: the slot is there, a trainer is not.
    const { groups, unplanned } = plan({
      people: [...people('A', 2, null), ...people('B', 2, null)],
      trainers: [ambassador('tA', 'A')],
      slots: hourlySlots(1),
    });
    expect(groups).toHaveLength(1);
    expect(unplanned.map((p) => p.reason)).toEqual(['no_trainer', 'no_trainer']);
    expect(plan({ people: people('A', 1, null), slots: [] }).unplanned.map((p) => p.reason)).toEqual(['no_slot']);
  });
});
