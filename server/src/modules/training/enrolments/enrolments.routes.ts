import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  AttendanceBody,
  BulkEnrolBody,
  BulkEnrolResult,
  EnrolBody,
  EnrolDryRunQuery,
  Enrolment,
  IdParams,
  SessionEmployeeParams,
  TrainingSessionDetail,
} from '@ambassador/shared';
import { AUTHENTICATED, problems } from '../../../http/schemas.ts';
import { takeAttendance } from './attendance.service.ts';
import { cancelEnrolment, enrol, enrolDepartment } from './enrolments.service.ts';

const tags = ['training'];
/** Who enrols people and takes attendance: admins, and ambassadors for the sessions they give. */
const RUNNERS = ['admin', 'ambassador'] as const;

const enrolmentsRoutes: FastifyPluginAsyncTypebox<{ publicUrl: string }> = async (app, { publicUrl }) => {
  app.post(
    '/training-sessions/:id/enrolments',
    {
      config: { access: RUNNERS },
      schema: {
        tags,
        params: IdParams,
        querystring: EnrolDryRunQuery,
        body: EnrolBody,
        // 200 for a dry run, which writes nothing.
        response: { 201: Enrolment, 200: Enrolment, ...problems(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(request.query.dryRun ? 200 : 201).send(
        await enrol({
          db: request.db,
          ...request.actor,
          sessionId: request.params.id,
          employeeId: request.body.employeeId,
          dryRun: request.query.dryRun ?? false,
          publicUrl,
        }),
      ),
  );

  app.post(
    '/training-sessions/:id/enrolments/bulk',
    {
      config: { access: RUNNERS },
      schema: {
        tags,
        params: IdParams,
        querystring: EnrolDryRunQuery,
        body: BulkEnrolBody,
        response: { 200: BulkEnrolResult, ...problems(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request) =>
      enrolDepartment({
        db: request.db,
        ...request.actor,
        sessionId: request.params.id,
        body: request.body,
        dryRun: request.query.dryRun ?? false,
        publicUrl,
      }),
  );

  app.delete(
    '/training-sessions/:id/enrolments/:employeeId',
    {
      config: { access: RUNNERS },
      schema: {
        tags,
        params: SessionEmployeeParams,
        response: {
          200: Type.Object({ employeeId: Type.String(), promotedEmployeeId: Type.Union([Type.String(), Type.Null()]) }),
          ...problems(...AUTHENTICATED, 404, 409),
        },
      },
    },
    async (request) =>
      cancelEnrolment({
        db: request.db,
        ...request.actor,
        sessionId: request.params.id,
        employeeId: request.params.employeeId,
        publicUrl,
      }),
  );

  app.put(
    '/training-sessions/:id/attendance',
    {
      config: { access: RUNNERS },
      schema: {
        tags,
        params: IdParams,
        body: AttendanceBody,
        response: { 200: TrainingSessionDetail, ...problems(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request) =>
      takeAttendance({ db: request.db, ...request.actor, sessionId: request.params.id, body: request.body }),
  );
};

export default enrolmentsRoutes;
