/**
 * Imports 20,000 generated employees through the import service, next to a bare multi-row INSERT of the same rows
 * through the same driver, on PGlite and on PostgreSQL. Goal: under 10 s, and within 3x the bare insert.
 *   npm run bench -- import [--only=pglite|pg]
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { insertOrganisation } from '../server/src/modules/organisations/organisations.repository.ts';
import { importEmployees } from '../server/src/modules/employees/import/import.service.ts';
import { Changes } from '../server/src/events/index.ts';
import { parseEmployeeCsv } from '../server/src/modules/employees/import/parse-csv.ts';
import { employees } from '../server/src/db/schema/employees.ts';
import { freshDatabase, generateCsv, kinds, ms } from './lib.ts';

const COUNT = Number(process.env.BENCH_EMPLOYEES ?? 20_000);

export async function run() {
  const csv = Buffer.from(generateCsv(COUNT));
  const rows = parseEmployeeCsv(csv).rows;
  const report: string[] = [];
  for (const kind of kinds()) {
    const { label, database, drop } = await freshDatabase(kind);
    try {
      const { db } = database;
      // The baseline: the same rows, already resolved to a department and layer, in multi-row INSERTs of 1000.
      const bare = await insertOrganisation({ db, name: 'Bare insert' });
      const [layer] = await db
        .execute(sql`select id from layers where organisation_id = ${bare.id} limit 1`)
        .then((r) => (r as unknown as { rows: { id: string }[] }).rows);
      const departmentId = randomUUID();
      await db.execute(
        sql`insert into departments (id, organisation_id, name) values (${departmentId}, ${bare.id}, 'Alles')`,
      );
      const bareStart = performance.now();
      for (let start = 0; start < rows.length; start += 1000) {
        await db.insert(employees).values(
          rows.slice(start, start + 1000).map((row) => ({
            organisationId: bare.id,
            employeeNumber: row.employeeNumber,
            name: row.name,
            email: row.email,
            departmentId,
            layerId: layer!.id,
            jobTitle: row.jobTitle,
            location: row.location,
            digitalSkill: row.digitalSkill,
          })),
        );
      }
      const bareMs = performance.now() - bareStart;

      const organisation = await insertOrganisation({ db, name: 'Import' });
      const options = { createMissing: false, markMissingAsLeft: false };
      // A bulk load: the trend line's snapshot is not part of what is measured.
      const changes = new Changes();
      const importStart = performance.now();
      const result = await importEmployees({
        db,
        organisationId: organisation.id,
        changes,
        file: csv,
        dryRun: false,
        options,
      });
      const importMs = performance.now() - importStart;
      const againStart = performance.now();
      const again = await importEmployees({
        db,
        organisationId: organisation.id,
        changes,
        file: csv,
        dryRun: false,
        options,
      });
      const againMs = performance.now() - againStart;
      if (result.created !== COUNT || again.unchanged !== COUNT)
        throw new Error(`unexpected result ${JSON.stringify(result)}`);

      report.push(
        `${label}: import of ${COUNT} employees (${result.createdDepartments} departments) ${ms(importMs)}; ` +
          `bare INSERT ${ms(bareMs)}; ratio ${(importMs / bareMs).toFixed(2)}x (goal < 3x, < 10 s: ${importMs < 10_000 && importMs / bareMs < 3 ? 'met' : 'NOT met'}); ` +
          `re-import (all unchanged) ${ms(againMs)}`,
      );
    } finally {
      await drop();
    }
  }
  return report;
}
