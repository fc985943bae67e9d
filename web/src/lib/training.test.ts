import { describe, expect, it } from 'vitest';
import { enrolment, fullEnrolments, trainingSession } from '../test/trainingFixtures.ts';
import { attendanceParticipants, initialMarks, isStillMine, mayRecordAttendance, splitEnrolments } from './training.ts';

const during = new Date('2026-03-10T09:00:00.000Z');
const before = new Date('2026-03-09T09:00:00.000Z');
const after = new Date('2026-03-11T09:00:00.000Z');

describe('training rules', () => {
  it('keeps the waitlist in its own order, apart from the people with a place', () => {
    const { enrolled, waitlist, cancelled } = splitEnrolments(fullEnrolments);

    expect(enrolled.map((e) => e.name)).toEqual(['Ans Aalders', 'Bert Bakker']);
    expect(waitlist.map((e) => `${e.position} ${e.name}`)).toEqual(['1 Cor Claassen', '2 Dirk Dekker']);
    expect(cancelled.map((e) => e.name)).toEqual(['Els Evers']);
  });

  it('lists everyone who may be marked and starts from the marks already stored', () => {
    const enrolments = [
      enrolment(1, { status: 'attended' }),
      enrolment(2, { status: 'no_show' }),
      enrolment(3),
      enrolment(4, { status: 'waitlisted', position: 1 }),
      enrolment(5, { status: 'cancelled' }),
    ];

    expect(attendanceParticipants(enrolments).map((e) => e.name)).toEqual([
      'Collega 1',
      'Collega 2',
      'Collega 3',
      'Collega 4',
    ]);
    expect(Object.values(initialMarks(enrolments))).toEqual(['attended', 'no_show', null, null]);
  });

  it('lets a trainer or an admin take attendance once the session has started, unless it was cancelled', () => {
    const given = trainingSession({ isTrainer: true });

    expect(mayRecordAttendance(given, false, before)).toBe(false);
    expect(mayRecordAttendance(given, false, during)).toBe(true);
    expect(mayRecordAttendance({ ...given, isTrainer: false }, false, during)).toBe(false);
    expect(mayRecordAttendance({ ...given, isTrainer: false }, true, during)).toBe(true);
    expect(mayRecordAttendance({ ...given, status: 'cancelled' }, true, during)).toBe(false);
  });

  it('keeps a past session among hers only while she still owes its attendance list', () => {
    expect(isStillMine(trainingSession({ myEnrolment: 'registered' }), before)).toBe(true);
    expect(isStillMine(trainingSession({ myEnrolment: 'registered' }), after)).toBe(false);
    expect(isStillMine(trainingSession({ isTrainer: true }), after)).toBe(true);
    expect(isStillMine(trainingSession({ isTrainer: true, status: 'completed' }), after)).toBe(false);
  });
});
