import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { Role } from '@ambassador/shared';
import type { App } from '../app.ts';
import { hashPassword } from '../modules/auth/secrets.ts';
import { insertUser } from '../modules/users/users.repository.ts';

export const PASSWORD = 'correct horse battery';

let counter = 0;
export function uniqueEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}.${counter}.${randomBytes(3).toString('hex')}@example.test`;
}

export type SignedUpOrg = {
  token: string;
  cookie: string;
  user: { id: string; email: string; name: string; role: Role };
  organisation: { id: string; name: string; slug: string };
};

/** Signs up through the API, as a person would: a new organisation with its first admin. */
export async function signupOrganisation(app: App, name = 'Zorggroep Test'): Promise<SignedUpOrg> {
  const response = await request(app.server)
    .post('/api/v1/auth/signup')
    .send({ organisationName: name, name: 'Admin Test', email: uniqueEmail('admin'), password: PASSWORD })
    .expect(201);
  return {
    token: response.body.accessToken,
    cookie: refreshCookie(response)!,
    user: response.body.user,
    organisation: response.body.organisation,
  };
}

/** The full Set-Cookie line of the refresh cookie (with its attributes), if the response set one. */
export function refreshSetCookie(response: { headers: Record<string, unknown> }): string | undefined {
  const lines = [response.headers['set-cookie']].flat() as (string | undefined)[];
  return lines.find((line) => line?.startsWith('ambassador_refresh='));
}

/** The refresh cookie as a browser would send it back (`ambassador_refresh=<token>`), if the response set one. */
export function refreshCookie(response: { headers: Record<string, unknown> }): string | undefined {
  return refreshSetCookie(response)?.split(';')[0];
}

/**
 * An active user of the given role, written straight to the database, with a valid access token; with `employeeId`
 * she is that employee (an ambassador user is "her" ambassador record through it).
 */
export async function createUser(
  app: App,
  {
    organisationId,
    role,
    name,
    employeeId,
  }: { organisationId: string; role: Role; name?: string; employeeId?: string },
) {
  const email = uniqueEmail(role);
  const user = await insertUser({
    db: app.db,
    organisationId,
    user: {
      email,
      name: name ?? `Test ${role}`,
      role,
      status: 'active',
      passwordHash: await hashPassword(PASSWORD),
      employeeId,
    },
  });
  const token = app.jwt.sign({ sub: user.id, org: organisationId, role });
  return { user, token, email };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
