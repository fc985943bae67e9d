import createError from '@fastify/error';

export const LayerInUse = createError('layer_in_use', 'This layer still has employees', 409);
export const LayerNameTaken = createError('layer_name_taken', 'A layer with this name already exists', 409);
export const InvalidLayerOrder = createError(
  'invalid_layer_order',
  'The new order must list every layer exactly once',
  400,
);
