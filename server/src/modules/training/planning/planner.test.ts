import { describe, expect, it } from 'vitest';
import { chunk, planGroups, type Interval, type PlannedGroup, type PlanPerson, type PlanTrainer } from './planner.ts';
import { overlaps, type Slot } from './slots.ts';

/**
 * The pure wave planner, with inputs built by hand. Every plan is also checked against rules written here from
 * scratch (see `checkRules`): everyone exactly once, capacity, nobody twice at a time, no clash with a booking, and
 * no trainer in the group she teaches.
 */

/** `count` one-hour slots an hour and a quarter apart, from a fixed Monday morning (times do not matter here). */
function hourlySlots(count: number): Slot[] {
  const base = Date.UTC(2030, 0, 7, 8);
  return Array.from({ length: count }, (_, index) => ({
    index,
    startsAt: new Date(base + index * 75 * 60_000),
    endsAt: new Date(base + index * 75 * 60_000 + 60 * 60_000),
  }));
}

const person = (id: string, departmentId: string, pilot = false): PlanPerson => ({
  id,
  name: `Name ${id}`,
  departmentId,
  pilot,
});
/** `count` people of one department, ids `<department>1`, `<department>2`, … */
const people = (departmentId: string, count: number, pilot = false) =>
  Array.from({ length: count }, (_, i) => person(`${departmentId}${i + 1}`, departmentId, pilot));
/** A trainer whose ambassador id is `amb-<employeeId>`. */
const trainer = (employeeId: string, departmentId: string): PlanTrainer => ({
  ambassadorId: `amb-${employeeId}`,
  employeeId,
  departmentId,
});

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
  checkRules(full, result);
  return result;
}

/** Rules every plan keeps, whatever the input. */
function checkRules(input: Input, { groups, unplanned }: ReturnType<typeof planGroups>) {
  const employeeOf = new Map(input.trainers.map((t) => [t.ambassadorId, t]));
  // Everyone exactly once, in a group or unplanned.
  const listed = [...groups.flatMap((g) => g.employeeIds), ...unplanned.map((p) => p.id)];
  expect(listed.length, 'nobody twice').toBe(new Set(listed).size);
  expect(new Set(listed), 'everyone').toEqual(new Set(input.people.map((p) => p.id)));
  for (const group of groups) {
    expect(group.employeeIds.length).toBeGreaterThan(0);
    expect(group.employeeIds.length, 'capacity').toBeLessThanOrEqual(input.capacity);
    expect(input.slots).toContain(group.slot);
    const trainerEmployees = group.trainerIds.map((id) => employeeOf.get(id)!.employeeId);
    expect(
      group.trainerIds.every((id) => employeeOf.has(id)),
      'known trainers',
    ).toBe(true);
    expect(
      trainerEmployees.filter((id) => group.employeeIds.includes(id)),
      'a trainer is not in her own group',
    ).toEqual([]);
    // Nobody (trainer or participant) with an existing booking at that time.
    for (const id of [...group.employeeIds, ...trainerEmployees])
      expect(
        (input.busy.get(id) ?? []).filter((b) => overlaps(b, group.slot)),
        `${id} is booked already`,
      ).toEqual([]);
    const departments = new Set(group.employeeIds.map((id) => input.people.find((p) => p.id === id)!.departmentId));
    expect(new Set(group.departmentIds)).toEqual(departments);
    if (!group.label.pilot) expect(group.departmentIds).toEqual([group.label.departmentId]);
    const trainerDepartment = group.trainerIds.length ? employeeOf.get(group.trainerIds[0]!)!.departmentId : null;
    expect(group.trainerFromDepartment).toBe(
      trainerDepartment !== null && trainerDepartment === group.label.departmentId,
    );
  }
  // Nobody in two places at once: per slot, every participant and trainer once.
  for (const slot of input.slots) {
    const here = groups
      .filter((g) => g.slot.index === slot.index)
      .flatMap((g) => [...g.employeeIds, ...g.trainerIds.map((id) => employeeOf.get(id)!.employeeId)]);
    expect(here.length, `slot ${slot.index} double-booked`).toBe(new Set(here).size);
  }
  // Sorted by slot.
  const indices = groups.map((g) => g.slot.index);
  expect(indices).toEqual([...indices].sort((a, b) => a - b));
}

const sizes = (groups: unknown[][]) => groups.map((group) => group.length);
const ofDepartment = (groups: PlannedGroup[], departmentId: string) =>
  groups.filter((g) => g.label.departmentId === departmentId);

describe('chunk', () => {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('splits into the fewest groups of sizes as even as possible', () => {
    expect(sizes(chunk(range(13), 6))).toEqual([5, 4, 4]);
    expect(sizes(chunk(range(7), 6))).toEqual([4, 3]);
    expect(sizes(chunk(range(5), 6))).toEqual([5]);
  });

  it('fills every group for an exact multiple', () => {
    expect(sizes(chunk(range(12), 6))).toEqual([6, 6]);
    expect(sizes(chunk(range(6), 6))).toEqual([6]);
    expect(sizes(chunk(range(4), 1))).toEqual([1, 1, 1, 1]);
  });

  it('gives no groups for nobody', () => {
    expect(chunk([], 6)).toEqual([]);
  });

  it('keeps every item once, in order, for any size and capacity', () => {
    for (let n = 1; n <= 40; n++)
      for (let capacity = 1; capacity <= 12; capacity++) {
        const groups = chunk(range(n), capacity);
        expect(groups.flat()).toEqual(range(n));
        expect(groups).toHaveLength(Math.ceil(n / capacity));
        const lengths = sizes(groups);
        expect(Math.max(...lengths)).toBeLessThanOrEqual(capacity);
        expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
      }
  });
});

describe('planGroups', () => {
  it('plans everyone in groups within capacity, department by department in the given order', () => {
    const input = [...people('A', 13), ...people('B', 4), ...people('C', 6)];
    const trainers = [trainer('tA', 'A'), trainer('tB', 'B'), trainer('tC', 'C')];
    const { groups, unplanned } = plan({ people: input, trainers, capacity: 6, departmentOrder: ['C', 'A', 'B'] });
    expect(unplanned).toEqual([]);
    expect(sizes(ofDepartment(groups, 'A').map((g) => g.employeeIds))).toEqual([5, 4, 4]);
    expect(sizes(ofDepartment(groups, 'B').map((g) => g.employeeIds))).toEqual([4]);
    expect(sizes(ofDepartment(groups, 'C').map((g) => g.employeeIds))).toEqual([6]);
    expect(ofDepartment(groups, 'A').map((g) => [g.label.part, g.label.parts])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    // Every department is taught by its own trainer.
    for (const group of groups) {
      expect(group.trainerIds).toEqual([`amb-t${group.label.departmentId}`]);
      expect(group.trainerFromDepartment).toBe(true);
    }
    // C comes first in the order, so it takes the first slot.
    expect(groups[0]!.label.departmentId).toBe('C');
    expect(groups[0]!.slot.index).toBe(0);
  });

  it('runs departments side by side in one slot when each has a free trainer', () => {
    const { groups } = plan({
      people: [...people('A', 3), ...people('B', 3)],
      trainers: [trainer('tA', 'A'), trainer('tB', 'B')],
      slots: hourlySlots(1),
    });
    expect(groups.map((g) => [g.label.departmentId, g.slot.index, g.trainerIds[0]])).toEqual([
      ['A', 0, 'amb-tA'],
      ['B', 0, 'amb-tB'],
    ]);
  });

  it("prefers the department's own trainer and waits for her rather than take a free one from elsewhere", () => {
    const slots = hourlySlots(4);
    // tA is booked in slots 0 and 1; tB is free all the time.
    const busy = new Map<string, Interval[]>([['tA', [slots[0]!, slots[1]!]]]);
    const { groups, unplanned } = plan({
      people: people('A', 3),
      trainers: [trainer('tB', 'B'), trainer('tA', 'A')],
      slots,
      busy,
    });
    expect(unplanned).toEqual([]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.slot.index).toBe(2);
    expect(groups[0]!.trainerIds).toEqual(['amb-tA']);
    expect(groups[0]!.trainerFromDepartment).toBe(true);
  });

  it("takes a free trainer from elsewhere when the department's own trainer has no free slot at all", () => {
    const slots = hourlySlots(3);
    const busy = new Map<string, Interval[]>([['tA', [...slots]]]);
    const { groups, unplanned } = plan({
      people: people('A', 3),
      trainers: [trainer('tA', 'A'), trainer('tB', 'B')],
      slots,
      busy,
    });
    // The planner's second pass ("otherwise any free trainer will do") should place the group with tB.
    expect(unplanned.map((p) => p.id)).toEqual([]);
    expect(groups.map((g) => [g.slot.index, g.trainerIds, g.trainerFromDepartment])).toEqual([[0, ['amb-tB'], false]]);
  });

  it("spreads a big department over other free trainers once its own trainer's slots run out", () => {
    // Four groups of A, two slots: tA can give two of them; tB (whose department has nobody to train) is idle.
    const { groups, unplanned } = plan({
      people: people('A', 8),
      trainers: [trainer('tA', 'A'), trainer('tB', 'B')],
      capacity: 2,
      slots: hourlySlots(2),
    });
    expect(unplanned.map((p) => p.id)).toEqual([]);
    expect(groups.filter((g) => g.trainerIds[0] === 'amb-tA')).toHaveLength(2);
    expect(groups.filter((g) => g.trainerIds[0] === 'amb-tB' && !g.trainerFromDepartment)).toHaveLength(2);
  });

  it('never lets a trainer teach a group she sits in: an untrained own trainer gets one from elsewhere', () => {
    // tA, department A's only trainer, is untrained herself and so one of the people to plan.
    const input = [...people('A', 2), person('tA', 'A')];
    const { groups, unplanned } = plan({
      people: input,
      trainers: [trainer('tA', 'A'), trainer('tB', 'B')],
    });
    expect(unplanned).toEqual([]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.employeeIds).toContain('tA');
    expect(groups[0]!.trainerIds).toEqual(['amb-tB']);
    expect(groups[0]!.trainerFromDepartment).toBe(false);
  });

  it('lets an untrained own trainer teach the other groups of her department, just not her own', () => {
    // Capacity 2: [A1, A2] and [tA]; she teaches the first group and is taught by tB in the second.
    const { groups } = plan({
      people: [...people('A', 2), person('tA', 'A')],
      trainers: [trainer('tA', 'A'), trainer('tB', 'B')],
      capacity: 2,
    });
    expect(groups.map((g) => [g.employeeIds, g.trainerIds, g.trainerFromDepartment])).toEqual([
      [['A1', 'A2'], ['amb-tA'], true],
      [['tA'], ['amb-tB'], false],
    ]);
    // She cannot sit in her own training while she gives the other one.
    expect(groups[0]!.slot.index).not.toBe(groups[1]!.slot.index);
  });

  it('never double-books a trainer: one trainer, several groups, one slot each', () => {
    const { groups, unplanned } = plan({
      people: [...people('A', 9), ...people('B', 2)],
      trainers: [trainer('t', 'X')],
      capacity: 3,
      slots: hourlySlots(4),
    });
    // Three groups of A and one of B over four slots, each taught by t.
    expect(unplanned).toEqual([]);
    expect(groups.map((g) => g.slot.index)).toEqual([0, 1, 2, 3]);
    expect(groups.every((g) => g.trainerIds[0] === 'amb-t' && !g.trainerFromDepartment)).toBe(true);
  });

  it('leaves the groups that find no slot unplanned, with all their members', () => {
    const { groups, unplanned } = plan({
      people: [...people('A', 6), ...people('B', 3)],
      trainers: [trainer('t', 'X')],
      capacity: 3,
      slots: hourlySlots(2),
    });
    expect(groups.map((g) => g.employeeIds)).toEqual([
      ['A1', 'A2', 'A3'],
      ['A4', 'A5', 'A6'],
    ]);
    expect(unplanned.map((p) => p.id)).toEqual(['B1', 'B2', 'B3']);
  });

  it('leaves everyone unplanned without any slot', () => {
    const input = [...people('A', 4), ...people('B', 2, true)];
    const { groups, unplanned } = plan({ people: input, trainers: [trainer('t', 'A')], slots: [], pilotFirst: true });
    expect(groups).toEqual([]);
    expect(unplanned.map((p) => p.id).sort()).toEqual(input.map((p) => p.id).sort());
  });

  it("respects participants' existing bookings: the whole group waits until all are free", () => {
    const slots = hourlySlots(4);
    // A2 is booked over slot 0 and part of slot 1 (a partial overlap counts); a booking that only touches slot 2's
    // start does not.
    const busy = new Map<string, Interval[]>([
      ['A2', [{ startsAt: slots[0]!.startsAt, endsAt: new Date(slots[1]!.startsAt.getTime() + 60_000) }]],
      ['A3', [{ startsAt: new Date(slots[2]!.startsAt.getTime() - 3600_000), endsAt: slots[2]!.startsAt }]],
    ]);
    const { groups } = plan({ people: people('A', 3), trainers: [trainer('tA', 'A')], slots, busy });
    expect(groups.map((g) => g.slot.index)).toEqual([2]);
  });

  it("respects trainers' existing bookings", () => {
    const slots = hourlySlots(3);
    const busy = new Map<string, Interval[]>([['t', [slots[0]!]]]);
    const { groups } = plan({ people: people('A', 2), trainers: [trainer('t', 'X')], slots, busy });
    expect(groups.map((g) => [g.slot.index, g.trainerIds])).toEqual([[1, ['amb-t']]]);
  });

  it('leaves a group unplanned when a member is booked in every slot', () => {
    const slots = hourlySlots(3);
    const busy = new Map<string, Interval[]>([['A1', [{ startsAt: slots[0]!.startsAt, endsAt: slots[2]!.endsAt }]]]);
    const { groups, unplanned } = plan({
      people: [...people('A', 2), ...people('B', 2)],
      trainers: [trainer('t', 'X')],
      slots,
      busy,
    });
    expect(unplanned.map((p) => p.id)).toEqual(['A1', 'A2']);
    expect(groups.map((g) => g.departmentIds)).toEqual([['B']]);
  });

  describe('pilot users first', () => {
    const input = [
      ...people('A', 5),
      person('pA', 'A', true),
      ...people('B', 4),
      person('pB1', 'B', true),
      person('pB2', 'B', true),
      person('pC', 'C', true),
    ];
    const pilots = input.filter((p) => p.pilot).map((p) => p.id);
    const trainers = [trainer('tA', 'A'), trainer('tB', 'B'), trainer('tX', 'X')];

    it('plans the pilot users together, in sessions that all end before any other session starts', () => {
      const { groups, unplanned } = plan({ people: input, trainers, capacity: 3, pilotFirst: true });
      expect(unplanned).toEqual([]);
      const pilotGroups = groups.filter((g) => g.label.pilot);
      const others = groups.filter((g) => !g.label.pilot);
      // Four pilot users by capacity 3: two groups (2 + 2), across departments.
      expect(sizes(pilotGroups.map((g) => g.employeeIds))).toEqual([2, 2]);
      expect(pilotGroups.flatMap((g) => g.employeeIds).sort()).toEqual([...pilots].sort());
      expect(pilotGroups.every((g) => g.label.departmentId === null && !g.trainerFromDepartment)).toBe(true);
      // Nobody is planned twice: the pilot users are not in their departments' groups.
      expect(others.flatMap((g) => g.employeeIds).filter((id) => pilots.includes(id))).toEqual([]);
      const lastPilotEnd = Math.max(...pilotGroups.map((g) => g.slot.endsAt.getTime()));
      const firstOtherStart = Math.min(...others.map((g) => g.slot.startsAt.getTime()));
      expect(firstOtherStart).toBeGreaterThanOrEqual(lastPilotEnd);
    });

    it('leaves the pilot users no earlier than anyone else without pilotFirst', () => {
      const { groups } = plan({ people: input, trainers, capacity: 3, pilotFirst: false });
      expect(groups.some((g) => g.label.pilot)).toBe(false);
      expect(ofDepartment(groups, 'C').flatMap((g) => g.employeeIds)).toEqual(['pC']);
      // A and B each have a trainer of their own and C takes tX, so all three start side by side in the first slot.
      expect(groups.filter((g) => g.slot.index === 0).map((g) => g.label.departmentId)).toEqual(['A', 'B', 'C']);
    });

    it('leaves the others unplanned when only the pilot sessions fit', () => {
      const { groups, unplanned } = plan({
        people: input,
        trainers,
        capacity: 4,
        pilotFirst: true,
        slots: hourlySlots(1),
      });
      expect(groups.map((g) => g.label.pilot)).toEqual([true]);
      expect(unplanned.map((p) => p.id).sort()).toEqual(
        input
          .filter((p) => !p.pilot)
          .map((p) => p.id)
          .sort(),
      );
    });
  });

  describe('without any certified trainer', () => {
    it('proposes trainerless sessions, at most one per slot', () => {
      const { groups, unplanned } = plan({
        people: [...people('A', 5), ...people('B', 2), ...people('C', 2)],
        trainers: [],
        capacity: 3,
        slots: hourlySlots(10),
      });
      expect(unplanned).toEqual([]);
      expect(groups).toHaveLength(4);
      expect(groups.every((g) => g.trainerIds.length === 0 && !g.trainerFromDepartment)).toBe(true);
      const indices = groups.map((g) => g.slot.index);
      expect(new Set(indices).size).toBe(indices.length);
    });

    it('leaves the rest unplanned when there are fewer slots than groups', () => {
      const { groups, unplanned } = plan({
        people: [...people('A', 2), ...people('B', 2), ...people('C', 2)],
        trainers: [],
        capacity: 2,
        slots: hourlySlots(2),
      });
      expect(groups.map((g) => [g.slot.index, g.departmentIds])).toEqual([
        [0, ['A']],
        [1, ['B']],
      ]);
      expect(unplanned.map((p) => p.id)).toEqual(['C1', 'C2']);
    });
  });

  it('keeps the rules on a larger mixed input', () => {
    // A fixed pseudo-random input: 8 departments, 120 people, some pilots, trainers in half the departments (one of
    // them untrained), and bookings scattered over the slots.
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const departments = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];
    const input: PlanPerson[] = Array.from({ length: 120 }, (_, i) =>
      person(`p${i}`, departments[Math.floor(random() * departments.length)]!, random() < 0.1),
    );
    input.push(person('tD2', 'D2'));
    const trainers = [trainer('tD1', 'D1'), trainer('tD2', 'D2'), trainer('tD3', 'D3'), trainer('tD5', 'D5')];
    const slots = hourlySlots(30);
    const busy = new Map<string, Interval[]>();
    for (const id of [...input.map((p) => p.id), ...trainers.map((t) => t.employeeId)])
      if (random() < 0.3) busy.set(id, [slots[Math.floor(random() * slots.length)]!]);
    for (const pilotFirst of [false, true]) {
      const { groups } = plan({ people: input, trainers, slots, busy, capacity: 7, pilotFirst });
      if (pilotFirst) {
        const lastPilotEnd = Math.max(...groups.filter((g) => g.label.pilot).map((g) => g.slot.endsAt.getTime()));
        for (const group of groups.filter((g) => !g.label.pilot))
          expect(group.slot.startsAt.getTime()).toBeGreaterThanOrEqual(lastPilotEnd);
      }
    }
  });
});
