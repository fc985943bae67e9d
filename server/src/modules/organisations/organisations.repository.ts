import { eq, like, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations } from '../../db/schema/organisations.ts';
import { insertLayers } from '../layers/layers.repository.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

export const DEFAULT_LAYERS = [
  'Bestuur en directie',
  'Management',
  'Teamleiding',
  'Zorg en behandeling',
  'Ondersteuning',
];

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'organisatie';
}

/** Creates the organisation with a free slug (`name`, `name-2`, …) and its five default layers. */
export async function insertOrganisation({ db, name }: { db: Db; name: string }) {
  const base = slugify(name);
  const taken = await db
    .select({ slug: organisations.slug })
    .from(organisations)
    .where(or(eq(organisations.slug, base), like(organisations.slug, `${base}-%`)));
  const used = new Set(taken.map((row) => row.slug));
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  const [organisation] = await db.insert(organisations).values({ name, slug }).returning();
  await insertLayers({
    db,
    organisationId: organisation!.id,
    values: DEFAULT_LAYERS.map((layer, rank) => ({ name: layer, rank })),
  });
  return organisation!;
}

export async function findOrganisation({ db, organisationId }: { db: Db; organisationId: string }) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  return row;
}

export async function updateOrganisation({
  db,
  organisationId,
  changes,
  pointsPatch,
}: {
  db: Db;
  organisationId: string;
  changes: Partial<
    Pick<
      OrganisationRow,
      | 'name'
      | 'locale'
      | 'timezone'
      | 'phase'
      | 'coveragePerEmployees'
      | 'coverageMinPerCell'
      | 'recognitionEnabled'
      | 'retentionMonths'
    >
  >;
  /** Points for some activity kinds, merged into those set before (in the same statement: no lost update). */
  pointsPatch?: OrganisationRow['recognitionPoints'];
}) {
  const points = pointsPatch && sql`${organisations.recognitionPoints} || ${JSON.stringify(pointsPatch)}::jsonb`;
  const [row] = await db
    .update(organisations)
    .set({ ...changes, ...(points && { recognitionPoints: points }) })
    .where(eq(organisations.id, organisationId))
    .returning();
  return row;
}

/** Every organisation with what scheduled jobs need: its time zone and how long it keeps left employees' data. */
export async function scheduleSettings({ db }: { db: Db }) {
  return db
    .select({
      organisationId: organisations.id,
      timezone: organisations.timezone,
      retentionMonths: organisations.retentionMonths,
    })
    .from(organisations)
    .orderBy(organisations.id);
}
