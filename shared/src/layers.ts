import { Type, type Static } from 'typebox';
import { SingleLine, Uuid } from './common.ts';

export const Layer = Type.Object({
  id: Uuid,
  name: Type.String(),
  rank: Type.Integer(),
  employeeCount: Type.Integer(),
});
export type Layer = Static<typeof Layer>;

export const LayerList = Type.Object({ items: Type.Array(Layer) });
export type LayerList = Static<typeof LayerList>;

const LayerName = SingleLine({ minLength: 1, maxLength: 100 });

export const CreateLayerBody = Type.Object(
  { name: LayerName, rank: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })) },
  { additionalProperties: false },
);
export type CreateLayerBody = Static<typeof CreateLayerBody>;

export const UpdateLayerBody = Type.Object(
  { name: Type.Optional(LayerName), rank: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateLayerBody = Static<typeof UpdateLayerBody>;

/** The complete new order, top rank first: what a drag and drop in the SPA produces. */
export const ReorderLayersBody = Type.Object(
  { ids: Type.Array(Uuid, { minItems: 1, maxItems: 100, uniqueItems: true }) },
  { additionalProperties: false },
);
export type ReorderLayersBody = Static<typeof ReorderLayersBody>;
