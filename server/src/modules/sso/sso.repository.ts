import { and, asc, eq, gt, lte, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { ssoConfigs, ssoDomains, ssoLogins } from '../../db/schema/sso.ts';
import type { Scope } from '../../http/actor.ts';

export type SsoConfigRow = typeof ssoConfigs.$inferSelect;
export type SsoConfigValues = Omit<SsoConfigRow, 'organisationId' | 'createdAt' | 'updatedAt'>;

export async function findSsoConfig({ db, organisationId }: Scope): Promise<SsoConfigRow | undefined> {
  const [row] = await db.select().from(ssoConfigs).where(eq(ssoConfigs.organisationId, organisationId));
  return row;
}

export async function listSsoDomains({ db, organisationId }: Scope): Promise<string[]> {
  const rows = await db
    .select({ domain: ssoDomains.domain })
    .from(ssoDomains)
    .where(eq(ssoDomains.organisationId, organisationId))
    .orderBy(asc(ssoDomains.domain));
  return rows.map((row) => row.domain);
}

/** The configuration and domains in one go; a domain another organisation holds fails on sso_domains_domain_key. */
export async function saveSsoConfig({
  db,
  organisationId,
  values,
  domains,
}: Scope & { values: SsoConfigValues; domains: string[] }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(ssoConfigs)
      .values({ organisationId, ...values })
      .onConflictDoUpdate({ target: ssoConfigs.organisationId, set: values });
    // Only the domains that changed: the audit log then says which were added and which removed.
    const own = eq(ssoDomains.organisationId, organisationId);
    const held = (await tx.select({ domain: ssoDomains.domain }).from(ssoDomains).where(own)).map((row) => row.domain);
    const removed = domains.length > 0 ? and(own, notInArray(ssoDomains.domain, domains)) : own;
    await tx.delete(ssoDomains).where(removed);
    const added = domains.filter((domain) => !held.includes(domain));
    if (added.length > 0) await tx.insert(ssoDomains).values(added.map((domain) => ({ organisationId, domain })));
  });
}

/** The configuration of the organisation that holds this domain, if single sign-on is on there. */
export async function findEnabledSsoByDomain({ db, domain }: { db: Db; domain: string }) {
  const [row] = await db
    .select({ config: ssoConfigs })
    .from(ssoDomains)
    .innerJoin(ssoConfigs, eq(ssoConfigs.organisationId, ssoDomains.organisationId))
    .where(and(eq(ssoDomains.domain, domain), eq(ssoConfigs.enabled, true)));
  return row?.config;
}

/** Which organisation holds a domain, single sign-on on or off. */
export async function findSsoDomainOwner({ db, domain }: { db: Db; domain: string }) {
  const [row] = await db
    .select({ organisationId: ssoDomains.organisationId })
    .from(ssoDomains)
    .where(eq(ssoDomains.domain, domain));
  return row?.organisationId;
}

export async function insertSsoLogin(
  scope: Scope & { values: { stateHash: string; nonce: string; codeVerifier: string; expiresAt: Date } },
): Promise<void> {
  await scope.db.insert(ssoLogins).values({ organisationId: scope.organisationId, ...scope.values });
}

/** Takes a pending login out: whoever reads it first gets it, so a `state` works once. Expired ones are not given. */
export async function takeSsoLogin({ db, stateHash, now }: { db: Db; stateHash: string; now: Date }) {
  const [row] = await db
    .delete(ssoLogins)
    .where(and(eq(ssoLogins.stateHash, stateHash), gt(ssoLogins.expiresAt, now)))
    .returning();
  return row;
}

/** Logins abandoned at the provider; removed as new ones start, so the table stays small without a job. */
export async function deleteExpiredSsoLogins({ db, now }: { db: Db; now: Date }): Promise<void> {
  await db.delete(ssoLogins).where(lte(ssoLogins.expiresAt, now));
}
