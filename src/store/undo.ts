import { useStore } from 'zustand';

import { useCanvasStore } from './canvasStore';

/** Undo can remove the open canvas (undoing its creation); fall back to the first one left. */
function keepActiveValid() {
  const { activeId, canvases, order } = useCanvasStore.getState();
  if (activeId && canvases[activeId]) return;
  useCanvasStore.setState({ activeId: order[0] ?? null });
}

export function undo() {
  useCanvasStore.temporal.getState().undo();
  keepActiveValid();
}

export function redo() {
  useCanvasStore.temporal.getState().redo();
  keepActiveValid();
}

/** Forgets history, e.g. after loading saved canvases, so undo never unloads them. */
export function clearHistory() {
  useCanvasStore.temporal.getState().clear();
}

export function useCanUndoRedo() {
  const canUndo = useStore(useCanvasStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useCanvasStore.temporal, (s) => s.futureStates.length > 0);
  return { canUndo, canRedo };
}
