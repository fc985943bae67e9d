import type { CreatedScimToken, ScimToken, ScimTokenList, ScimTokenListQuery } from '@ambassador/shared';
import type { ActorScope } from '../../http/actor.ts';
import type { Scope } from '../../http/actor.ts';
import { NotFound } from '../../http/errors.ts';
import { pageWindow, toPage } from '../../http/pages.ts';
import { hashToken, newToken } from '../auth/secrets.ts';
import type { Db } from '../../db/client.ts';
import {
  insertScimToken,
  listScimTokens,
  revokeScimToken,
  useScimToken,
  type ScimTokenRow,
} from './scim-tokens.repository.ts';

/** Secrets start with this, so that a leaked one is recognisable (secret scanners, logs). */
export const SCIM_SECRET_PREFIX = 'amb_scim_';

function tokenDto(row: ScimTokenRow): ScimToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function list(scope: Scope & { query: ScimTokenListQuery }): Promise<ScimTokenList> {
  const window = pageWindow(scope.query);
  const { items, total } = await listScimTokens({ ...scope, revoked: scope.query.revoked, window });
  return toPage(items.map(tokenDto), total, window);
}

export async function create(scope: ActorScope & { name: string }): Promise<CreatedScimToken> {
  const secret = `${SCIM_SECRET_PREFIX}${newToken()}`;
  const row = await insertScimToken({
    ...scope,
    values: {
      name: scope.name.trim(),
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, SCIM_SECRET_PREFIX.length + 4),
      createdBy: scope.userId,
    },
  });
  return { ...tokenDto(row), secret };
}

/** Revoked at once: the identity system's next request is refused. Revoking twice answers 404, as for no token. */
export async function revoke(scope: Scope & { tokenId: string }): Promise<void> {
  if (!(await revokeScimToken(scope))) throw new NotFound('SCIM token');
}

/** The organisation whose live token this secret is, or undefined (unknown, revoked, or not a token at all). */
export function organisationOfSecret(db: Db, secret: string): Promise<{ organisationId: string } | undefined> {
  return useScimToken(db, hashToken(secret));
}
