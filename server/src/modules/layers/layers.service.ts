import type { CreateLayerBody, Layer, UpdateLayerBody } from '@ambassador/shared';
import type { Scope } from '../../http/actor.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { NotFound } from '../../http/errors.ts';
import { InvalidLayerOrder, LayerInUse, LayerNameTaken } from './layers.errors.ts';
import {
  countLayerEmployees,
  deleteLayer,
  findLayer,
  insertLayers,
  listLayers,
  nextLayerRank,
  updateLayer,
} from './layers.repository.ts';

async function layerDto(scope: Scope, layerId: string): Promise<Layer> {
  const layer = (await listLayers(scope)).find((row) => row.id === layerId);
  if (!layer) throw new NotFound('layer');
  return layer;
}

function renameConflicts<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    if (isUniqueViolation(error, 'layers_organisation_name_key')) throw new LayerNameTaken();
    throw error;
  });
}

export async function list(scope: Scope) {
  return { items: await listLayers(scope) };
}

export async function create(scope: Scope & { body: CreateLayerBody }) {
  const { db, organisationId, body } = scope;
  const [row] = await renameConflicts(async () =>
    insertLayers({
      db,
      organisationId,
      values: [{ name: body.name.trim(), rank: body.rank ?? (await nextLayerRank({ db, organisationId })) }],
    }),
  );
  return layerDto(scope, row!.id);
}

export async function update(scope: Scope & { layerId: string; body: UpdateLayerBody }) {
  const { db, organisationId, layerId, body } = scope;
  const row = await renameConflicts(() =>
    updateLayer({ db, organisationId, layerId, changes: { name: body.name?.trim(), rank: body.rank } }),
  );
  if (!row) throw new NotFound('layer');
  return layerDto(scope, layerId);
}

/** Ranks follow the given order; the list must name every layer of the organisation once. */
export async function reorder(scope: Scope & { ids: string[] }) {
  const { db, organisationId, ids } = scope;
  return db.transaction(async (tx) => {
    const current = await listLayers({ db: tx, organisationId });
    const known = new Set(current.map((layer) => layer.id));
    if (ids.length !== known.size || !ids.every((id) => known.has(id))) throw new InvalidLayerOrder();
    for (const [rank, layerId] of ids.entries()) {
      await updateLayer({ db: tx, organisationId, layerId, changes: { rank } });
    }
    return { items: await listLayers({ db: tx, organisationId }) };
  });
}

export async function remove(scope: Scope & { layerId: string }) {
  const { db, organisationId, layerId } = scope;
  await db.transaction(async (tx) => {
    if (!(await findLayer({ db: tx, organisationId, layerId }))) throw new NotFound('layer');
    if ((await countLayerEmployees({ db: tx, organisationId, layerId })) > 0) throw new LayerInUse();
    await deleteLayer({ db: tx, organisationId, layerId });
  });
}
