import type { RoundResults } from '@ambassador/shared';
import type { ActorScope } from '../../../http/actor.ts';
import { NotFound } from '../../../http/errors.ts';
import { together } from '../../../db/rows.ts';
import { findRound } from '../rounds/rounds.repository.ts';
import { loadStructure, type Structure } from '../structure.ts';
import { computeResults } from './compute-results.ts';
import { resultsCsv } from './results-csv.ts';
import { resultRows } from './results.repository.ts';

type RoundActor = ActorScope & { roundId: string };

/** The round, its participants' rows and the organisation's layers and departments: five small queries, whatever the round's size. */
async function load(actor: RoundActor): Promise<{ results: RoundResults; structure: Structure; title: string }> {
  const scope = { db: actor.db, organisationId: actor.organisationId, roundId: actor.roundId };
  const round = await findRound(scope);
  if (!round) throw new NotFound('feedback round');
  const [rows, structure] = await together(actor.db, [
    () => resultRows(scope),
    () => loadStructure(scope, { staffedDepartments: false }),
  ]);
  const results = computeResults({
    round,
    participants: rows.map((row) => ({
      layerId: row.layerId,
      departmentId: row.departmentId,
      responded: row.respondedAt !== null,
      answers: row.answers,
    })),
    staffedLayerIds: structure.layers.filter((layer) => layer.staffed).map((layer) => layer.id),
    layerOrder: structure.layerOrder,
    departmentOrder: structure.departmentOrder,
  });
  return { results, structure, title: round.title };
}

export async function results(actor: RoundActor): Promise<RoundResults> {
  return (await load(actor)).results;
}

/** The results as a CSV download named after the round. */
export async function resultsExport(actor: RoundActor): Promise<{ filename: string; csv: Buffer }> {
  const { results: figures, structure } = await load(actor);
  const layerNames = new Map(structure.layers.map((layer) => [layer.id, layer.name]));
  const departmentPaths = new Map(structure.departments.map((department) => [department.id, department.path]));
  const csv = resultsCsv(
    figures,
    {
      layer: (id) => layerNames.get(id) ?? id,
      department: (id) => departmentPaths.get(id) ?? id,
    },
    actor.locale,
  );
  const prefix = actor.locale === 'nl' ? 'resultaten' : 'results';
  return { filename: `${prefix}-${actor.roundId}.csv`, csv };
}
