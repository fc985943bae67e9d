import type { ContentImportResult, ContentStatus } from '@ambassador/shared';
import { CONTENT_LIMITS } from '@ambassador/shared/constants';
import { lockContentImport } from '../../../db/locks.ts';
import type { Scope } from '../../../http/actor.ts';
import { ContentImportInvalid } from '../content.errors.ts';
import {
  allContentItems,
  ambassadorIdsByEmail,
  insertContentItems,
  updateContentItem,
  type ContentItemValues,
} from '../content.repository.ts';
import { parseContentCsv, type ContentCsvRow, type ContentImportError } from './parse-content-csv.ts';

type Existing = Awaited<ReturnType<typeof allContentItems>>[number];
type Plan = {
  inserts: ContentItemValues[];
  updates: { id: string; changes: Partial<ContentItemValues> }[];
  unchanged: number;
  errors: ContentImportError[];
};

/** How a page is recognised again: by its link, or by section and title when it has none. */
const keyOf = (page: { url: string | null; section: string | null; title: string }) =>
  page.url ? `url:${page.url}` : `title:${(page.section ?? '').toLowerCase()}\u0000${page.title.toLowerCase()}`;

/** What the file would do to the register: which pages are new, which change, and every error by line. */
function plan(rows: ContentCsvRow[], existing: Existing[], owners: Map<string, string>): Plan {
  const byKey = new Map<string, Existing>();
  for (const page of existing) if (!byKey.has(keyOf(page))) byKey.set(keyOf(page), page);
  const result: Plan = { inserts: [], updates: [], unchanged: 0, errors: [] };
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      result.errors.push({
        line: row.line,
        column: row.url ? 'url' : 'title',
        code: 'duplicate_page',
        message: `The same page is on line ${earlier}.`,
      });
      continue;
    }
    firstLine.set(key, row.line);
    let ownerAmbassadorId: string | null | undefined = row.ownerEmail === undefined ? undefined : null;
    if (row.ownerEmail) {
      ownerAmbassadorId = owners.get(row.ownerEmail);
      if (!ownerAmbassadorId) {
        result.errors.push({
          line: row.line,
          column: 'owner_email',
          code: 'unknown_owner',
          message: 'No ambassador has this e-mail address.',
        });
        continue;
      }
    }
    const current = byKey.get(key);
    if (!current) {
      result.inserts.push({
        title: row.title,
        section: row.section,
        url: row.url,
        ownerAmbassadorId: ownerAmbassadorId ?? null,
        status: row.status ?? 'keep',
        reviewIntervalDays: row.reviewIntervalDays ?? CONTENT_LIMITS.reviewIntervalDays.default,
      });
      continue;
    }
    const wanted: {
      title: string;
      section: string | null;
      url: string | null;
      ownerAmbassadorId?: string | null;
      status?: ContentStatus;
      reviewIntervalDays?: number;
    } = { title: row.title, section: row.section, url: row.url };
    if (ownerAmbassadorId !== undefined) wanted.ownerAmbassadorId = ownerAmbassadorId;
    if (row.status !== undefined) wanted.status = row.status;
    if (row.reviewIntervalDays !== undefined) wanted.reviewIntervalDays = row.reviewIntervalDays;
    const changes = Object.fromEntries(
      Object.entries(wanted).filter(([field, value]) => current[field as keyof Existing] !== value),
    ) as Partial<ContentItemValues>;
    if (Object.keys(changes).length === 0) result.unchanged += 1;
    else result.updates.push({ id: current.id, changes });
  }
  return result;
}

async function planFor(scope: Scope, rows: ContentCsvRow[]) {
  // One after the other: inside the transaction this is a single connection.
  const existing = await allContentItems(scope);
  const owners = await ambassadorIdsByEmail(scope);
  return plan(rows, existing, owners);
}

const resultOf = (planned: Plan, dryRun: boolean, errors: ContentImportError[]): ContentImportResult => ({
  dryRun,
  created: planned.inserts.length,
  updated: planned.updates.length,
  unchanged: planned.unchanged,
  errors,
});

/**
 * Imports a page list: a dry run reports what would happen; a real run writes all of it in one transaction, or, when
 * any line has an error, nothing at all (422 with the same errors). Pages are matched by link, else section and title.
 */
export async function importContent(scope: Scope & { file: Buffer; dryRun: boolean }): Promise<ContentImportResult> {
  const { db, organisationId, file, dryRun } = scope;
  const parsed = parseContentCsv(file);
  const errorsOf = (planned: Plan) => [...parsed.errors, ...planned.errors].sort((a, b) => a.line - b.line);
  if (dryRun) {
    const planned = await planFor(scope, parsed.rows);
    return resultOf(planned, true, errorsOf(planned));
  }
  if (parsed.errors.length > 0) throw new ContentImportInvalid(errorsOf(await planFor(scope, parsed.rows)));
  return db.transaction(async (tx) => {
    await lockContentImport(tx, organisationId);
    const txScope = { db: tx, organisationId };
    const planned = await planFor(txScope, parsed.rows);
    const errors = errorsOf(planned);
    if (errors.length > 0) throw new ContentImportInvalid(errors);
    await insertContentItems({ ...txScope, values: planned.inserts });
    for (const { id, changes } of planned.updates) await updateContentItem({ ...txScope, contentItemId: id, changes });
    return resultOf(planned, false, []);
  });
}
