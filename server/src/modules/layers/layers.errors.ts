import { domainError } from '../../http/errors.ts';

export const LayerInUse = domainError('layer_in_use', 409, 'This layer still has employees');
export const LayerNameTaken = domainError('layer_name_taken', 409, 'A layer with this name already exists');
export const InvalidLayerOrder = domainError(
  'invalid_layer_order',
  400,
  'The new order must list every layer exactly once',
);
