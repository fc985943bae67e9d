import { and, asc, count, eq, ilike, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Role, UserStatus } from '@ambassador/shared';
import { together } from '../../db/rows.ts';
import type { Db } from '../../db/client.ts';
import { acrossOrganisations } from '../../db/settings.ts';
import type { Scope } from '../../http/actor.ts';
import { users } from '../../db/schema/users.ts';
import { ambassadorIdSql } from '../ambassadors/ambassadors.views.ts';
import { coverageVersionSql } from '../coverage/coverage.views.ts';
import { organisationRefs } from '../organisations/organisations.views.ts';

export type UserRow = typeof users.$inferSelect;

export async function findActiveUser({ db, userId }: { db: Db; userId: string }) {
  const [user] = await db
    .select({ id: users.id, organisationId: users.organisationId, role: users.role })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.status, 'active')));
  return user;
}

/**
 * An active user as the caller of a request, in one query: her role and linked employee, that employee's ambassador
 * record if any, and the organisation's time zone and locale.
 */
export async function findActor({ db, userId }: { db: Db; userId: string }) {
  const organisations = organisationRefs(db);
  const [row] = await db
    .select({
      id: users.id,
      organisationId: users.organisationId,
      role: users.role,
      employeeId: users.employeeId,
      ambassadorId: ambassadorIdSql(users.organisationId, users.employeeId),
      timezone: organisations.timezone,
      locale: organisations.locale,
      coverageVersion: coverageVersionSql(users.organisationId),
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, userId), eq(users.status, 'active')));
  return row;
}

export async function findUserByEmail({ db, email }: { db: Db; email: string }) {
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return user;
}

export async function findUser({ db, organisationId, userId }: { db: Db; organisationId: string; userId: string }) {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.id, userId)));
  return user;
}

export async function insertUser({
  db,
  organisationId,
  user,
}: {
  db: Db;
  organisationId: string;
  user: {
    email: string;
    name: string;
    role: Role;
    status: UserStatus;
    passwordHash?: string;
    employeeId?: string;
    ssoSubject?: string;
  };
}) {
  const [row] = await db
    .insert(users)
    .values({ ...user, email: user.email.toLowerCase(), organisationId })
    .returning();
  return row!;
}

export async function updateUser({
  db,
  organisationId,
  userId,
  changes,
}: {
  db: Db;
  organisationId: string;
  userId: string;
  changes: Partial<Pick<UserRow, 'name' | 'role' | 'status' | 'passwordHash' | 'lastLoginAt' | 'ssoSubject'>>;
}) {
  const [row] = await db
    .update(users)
    .set(changes)
    .where(and(eq(users.organisationId, organisationId), eq(users.id, userId)))
    .returning();
  return row;
}

export async function listUsers({
  db,
  organisationId,
  filter,
}: {
  db: Db;
  organisationId: string;
  filter: { limit: number; offset: number; q?: string; role?: Role; status?: UserStatus };
}) {
  const conditions: SQL[] = [eq(users.organisationId, organisationId)];
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.status) conditions.push(eq(users.status, filter.status));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  const where = and(...conditions);
  const [rows, [totals]] = await together(db, [
    async () =>
      db
        .select()
        .from(users)
        .where(where)
        .orderBy(asc(users.name), asc(users.id))
        .limit(filter.limit)
        .offset(filter.offset),
    async () => db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total: totals?.total ?? 0 };
}

/**
 * Whether any account of another organisation signs in with an address at `domain` (lower-case, no @). It looks
 * across organisations, past the request's row-level security, and says no more than yes or no.
 */
export async function domainUsedElsewhere({ db, organisationId, domain }: Scope & { domain: string }) {
  const [row] = await acrossOrganisations(db, () =>
    db
      .select({ id: users.id })
      .from(users)
      .where(and(ne(users.organisationId, organisationId), sql`lower(${users.email}) like ${`%@${domain}`}`))
      .limit(1),
  );
  return row !== undefined;
}

/** The user bound to an identity provider's account (`<issuer> <sub>`), in any organisation. */
export async function findUserBySsoSubject({ db, ssoSubject }: { db: Db; ssoSubject: string }) {
  const [user] = await db.select().from(users).where(eq(users.ssoSubject, ssoSubject));
  return user;
}
