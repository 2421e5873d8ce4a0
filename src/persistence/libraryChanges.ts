/**
 * What the library in the store changed since `saved`, the library storage holds as far as this
 * tab knows. Canvases are immutable, so an unchanged canvas is the same object.
 */
import type { CanvasLibrary } from '@/store/canvasStore';

export const isChanged = (state: CanvasLibrary, saved: CanvasLibrary, id: string): boolean =>
  state.canvases[id] !== saved.canvases[id];

export const changedIds = (state: CanvasLibrary, saved: CanvasLibrary): string[] =>
  Object.keys(state.canvases).filter((id) => isChanged(state, saved, id));

export const removedIds = (state: CanvasLibrary, saved: CanvasLibrary): string[] =>
  Object.keys(saved.canvases).filter((id) => !state.canvases[id]);

export const indexChanged = (state: CanvasLibrary, saved: CanvasLibrary): boolean =>
  state.activeId !== saved.activeId ||
  state.order.length !== saved.order.length ||
  state.order.some((id, i) => saved.order[i] !== id);

/** `record` without `id`; built with fromEntries, so an id such as "__proto__" stays a plain key. */
export function without<T>(record: Record<string, T>, id: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== id));
}
