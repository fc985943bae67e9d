import type { CreateLayerBody, Layer, LayerList, UpdateLayerBody } from '@ambassador/shared';
import { http } from './http.ts';

export const listLayers = () => http.get<LayerList>('/layers');

export const createLayer = (body: CreateLayerBody) => http.post<Layer>('/layers', body);

export const updateLayer = (id: string, body: UpdateLayerBody) => http.patch<Layer>(`/layers/${id}`, body);

/** The complete new order, top first; answers every layer with its new rank. */
export const reorderLayers = (ids: string[]) => http.put<LayerList>('/layers/order', { ids });

export const deleteLayer = (id: string) => http.delete(`/layers/${id}`);
