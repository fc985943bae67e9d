import type { ScheduleConflict } from '@ambassador/shared';
import { UnplannedReasons } from '@ambassador/shared/constants';
import { describe, expect, it } from 'vitest';
import en from '../i18n/workspace/en.json';
import { flattenKeys } from '../i18n/keys.ts';
import nl from '../i18n/workspace/nl.json';
import { departmentIds } from '../test/fixtures.ts';
import { plan } from '../test/trainingReportFixtures.ts';
import {
  applyBody,
  conflictsBySession,
  defaultPlanForm,
  groupByDepartment,
  groupByWeek,
  planFormFrom,
  roomsTakenAt,
  toReviewSessions,
  validatePlanForm,
  type PlanFormValues,
} from './trainingPlan.ts';

const form = (overrides: Partial<PlanFormValues> = {}): PlanFormValues => ({
  ...defaultPlanForm('2026-03-09', '2026-04-03'),
  ...overrides,
});

describe('validatePlanForm', () => {
  it('builds exactly the body POST /training/plan takes, numbers as numbers and days in order', () => {
    const { body, problems } = validatePlanForm(
      form({ weekdays: [4, 1, 2], wave: '  golf 1 ', departmentIds: [departmentIds.beuk, departmentIds.beuk] }),
    );

    expect(problems).toEqual({});
    expect(body).toEqual({
      from: '2026-03-09',
      to: '2026-04-03',
      sessionMinutes: 90,
      capacity: 12,
      weekdays: [1, 2, 4],
      startTime: '09:30',
      sessionsPerDay: 2,
      breakMinutes: 15,
      pilotFirst: true,
      departmentIds: [departmentIds.beuk],
      wave: 'golf 1',
    });
  });

  it('leaves out the optional departments and wave when they are empty', () => {
    const { body } = validatePlanForm(form({ pilotFirst: false }));

    expect(body).not.toHaveProperty('departmentIds');
    expect(body).not.toHaveProperty('wave');
    expect(body?.pilotFirst).toBe(false);
  });

  it('refuses an end before the start, no weekday, a bad time and numbers out of range', () => {
    const { body, problems } = validatePlanForm(
      form({
        to: '2026-03-01',
        weekdays: [],
        startTime: '9.30',
        sessionMinutes: '10',
        capacity: '1.5',
        breakMinutes: '',
      }),
    );

    expect(body).toBeNull();
    expect(problems).toEqual({
      to: { key: 'training.planner.validation.toBeforeFrom' },
      weekdays: { key: 'training.planner.validation.weekdays' },
      startTime: { key: 'training.planner.validation.startTime' },
      sessionMinutes: { key: 'validation.integerRange', params: { min: 15, max: 480 } },
      capacity: { key: 'validation.integerRange', params: { min: 1, max: 1000 } },
      breakMinutes: { key: 'validation.integerRange', params: { min: 0, max: 240 } },
    });
  });

  it('refuses a day whose last session would run past midnight', () => {
    const { problems } = validatePlanForm(form({ startTime: '21:00', sessionsPerDay: '3', sessionMinutes: '60' }));

    expect(problems.sessionsPerDay).toEqual({ key: 'training.planner.validation.pastMidnight' });
  });

  it('refuses a date that does not exist', () => {
    expect(validatePlanForm(form({ from: '2026-02-30' })).problems.from).toEqual({
      key: 'fieldErrors.invalid_format',
    });
  });

  it('gives the fields back as they were for the last proposal', () => {
    const { body } = validatePlanForm(form({ wave: 'pilot', weekdays: [2, 5] }));

    expect(validatePlanForm(planFormFrom(body!)).body).toEqual(body);
  });
});

describe('reviewing a plan', () => {
  const pathOf = (id: string) => ({ [departmentIds.beuk]: 'Wonen en Zorg / De Linde / Afdeling Beuk' })[id] ?? 'Eik';

  it('groups the sessions per department, in order of path and start', () => {
    const groups = groupByDepartment(toReviewSessions(plan()), pathOf);

    expect(groups.map((group) => [group.label, group.sessions.map((session) => session.index)])).toEqual([
      ['Eik', [1]],
      ['Wonen en Zorg / De Linde / Afdeling Beuk', [0, 2]],
    ]);
  });

  it('sends only the kept sessions, with the fields the apply body allows and a location when given', () => {
    const sessions = toReviewSessions(plan());
    sessions[1]!.removed = true;
    sessions[2]!.location = '  Zaal 2 ';

    const body = applyBody(sessions);

    expect(body.sessions).toHaveLength(2);
    expect(body.sessions[0]).toEqual({
      title: 'Training intranet – Afdeling Beuk',
      startsAt: '2026-03-10T08:30:00.000Z',
      endsAt: '2026-03-10T10:00:00.000Z',
      trainerIds: plan().sessions[0]!.trainerIds,
      departmentIds: [departmentIds.beuk],
      employeeIds: plan().sessions[0]!.employeeIds,
      capacity: 12,
      wave: 'golf 1',
    });
    expect(body.sessions[1]!.location).toBe('Zaal 2');
    expect(body.sessions[1]).not.toHaveProperty('trainerFromDepartment');
  });

  it('finds the proposed session a conflict is about by time and trainer or location', () => {
    const sessions = toReviewSessions(plan());
    sessions[2]!.location = 'Zaal 2';
    const conflict = (overrides: Partial<ScheduleConflict>): ScheduleConflict => ({
      sessionId: '6f1c2d3e-0000-4000-8000-000000000701',
      title: 'Bestaande training',
      startsAt: '2026-03-10T09:00:00.000Z',
      endsAt: '2026-03-10T10:10:00.000Z',
      reason: 'trainer',
      subject: 'Fatima el Amrani',
      ...overrides,
    });
    const byTrainer = conflict({});
    const byLocation = conflict({
      reason: 'location',
      subject: 'Zaal 2',
      startsAt: '2026-03-11T09:00:00.000Z',
      endsAt: '2026-03-11T09:30:00.000Z',
    });

    const found = conflictsBySession(sessions, [byTrainer, byLocation], () => ['Fatima el Amrani']);

    // Session 1 has the same trainer but starts after the booked session has ended.
    expect([...found.entries()]).toEqual([
      [0, [byTrainer]],
      [2, [byLocation]],
    ]);
  });
});

describe('translations of the planner', () => {
  it('name every reason an employee was left out of a plan, in both languages', () => {
    for (const messages of [nl, en]) {
      const keys = new Set(flattenKeys(messages));
      const missing = UnplannedReasons.filter(
        (reason) =>
          !keys.has(`training.planner.unplanned.reasons.${reason}`) ||
          !keys.has(`training.planner.unplanned.explain.${reason}`),
      );
      expect(missing).toEqual([]);
    }
  });
});

describe('digital help and rooms in the plan body', () => {
  it('asks for digital help with its capacity and for the chosen rooms only when set', () => {
    expect(validatePlanForm(form()).body).not.toHaveProperty('digitalHelp');
    expect(validatePlanForm(form()).body).not.toHaveProperty('roomIds');
    const { body } = validatePlanForm(
      form({ digitalHelp: true, digitalHelpCapacity: '5', roomIds: [departmentIds.beuk, departmentIds.beuk] }),
    );
    expect(body).toMatchObject({ digitalHelp: { enabled: true, capacity: 5 }, roomIds: [departmentIds.beuk] });
    expect(validatePlanForm(planFormFrom(body!)).body).toEqual(body);
  });

  it('checks the digital-help capacity only when digital help is on', () => {
    expect(validatePlanForm(form({ digitalHelpCapacity: '1' })).problems).toEqual({});
    expect(validatePlanForm(form({ digitalHelp: true, digitalHelpCapacity: '1' })).problems).toEqual({
      digitalHelpCapacity: { key: 'validation.integerRange', params: { min: 2, max: 100 } },
    });
  });
});

describe('groupByWeek', () => {
  it('groups sessions per ISO week of the organisation, in time order', () => {
    const sessions = toReviewSessions(
      plan({
        sessions: [
          { ...plan().sessions[0]!, startsAt: '2026-03-16T08:30:00.000Z', endsAt: '2026-03-16T10:00:00.000Z' },
          // Sunday 15 March 23:30 in Amsterdam is still week 11, though it is Monday in UTC+2 zones further east.
          { ...plan().sessions[0]!, startsAt: '2026-03-15T22:30:00.000Z', endsAt: '2026-03-15T22:50:00.000Z' },
          { ...plan().sessions[0]!, startsAt: '2026-03-10T08:30:00.000Z', endsAt: '2026-03-10T10:00:00.000Z' },
        ],
      }),
    );
    const weeks = groupByWeek(sessions, 'Europe/Amsterdam');
    expect(weeks.map((week) => [week.key, week.from, week.to, week.sessions.map((s) => s.index)])).toEqual([
      ['2026-W11', '2026-03-09', '2026-03-15', [2, 1]],
      ['2026-W12', '2026-03-16', '2026-03-22', [0]],
    ]);
  });

  it('knows which rooms other kept sessions use at an overlapping time', () => {
    const base = plan().sessions[0]!;
    const sessions = toReviewSessions(
      plan({
        sessions: [
          { ...base, roomId: 'zaal', location: 'Zaal' },
          { ...base, roomId: 'kamer', location: 'Kamer' },
          { ...base, startsAt: '2026-03-10T10:00:00.000Z', endsAt: '2026-03-10T11:00:00.000Z', roomId: 'later' },
        ],
      }),
    );
    expect([...roomsTakenAt(sessions, sessions[0]!)]).toEqual(['kamer']);
    sessions[1]!.removed = true;
    expect([...roomsTakenAt(sessions, sessions[0]!)]).toEqual([]);
  });
});
