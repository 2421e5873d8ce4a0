import { create } from 'zustand';

import type { InstructorClass } from '@/persistence/liveDocs';
import { useUiStore } from '@/store/uiStore';

import type { ClassCanvas, FileFailure } from './classEntries';

type ClassState = {
  canvases: ClassCanvas[];
  /** dropped files that could not be read, each with its own message */
  failures: FileFailure[];
  /** the live class the dashboard follows beside the dropped files, if one was opened */
  liveClass: InstructorClass | null;
  /** Adds what a drop read. A file dropped again (same name) replaces its earlier card or message. */
  addFiles: (loaded: ClassCanvas[], failed: FileFailure[], fileNames: readonly string[]) => void;
  remove: (id: string) => void;
  clear: () => void;
};

/**
 * The class on the dashboard: never saved (the files stay on the instructor's disk) and never
 * undone; closing the dashboard (the UI store says whether it is open) keeps the class until
 * the page is left.
 */
export const useClassStore = create<ClassState>()((set) => ({
  canvases: [],
  failures: [],
  liveClass: null,
  addFiles: (loaded, failed, fileNames) =>
    set((s) => {
      const names = new Set(fileNames);
      return {
        canvases: [
          ...s.canvases.filter((c) => c.fileName === undefined || !names.has(c.fileName)),
          ...loaded,
        ],
        failures: [...s.failures.filter((f) => !names.has(f.fileName)), ...failed],
      };
    }),
  remove: (id) =>
    set((s) => ({
      canvases: s.canvases.filter((c) => c.id !== id),
      failures: s.failures.filter((f) => f.id !== id),
    })),
  clear: () => set({ canvases: [], failures: [] }),
}));

/** Opens the dashboard on a live class the instructor created or reopened. */
export function openLiveClass(liveClass: InstructorClass): void {
  useClassStore.setState({ liveClass });
  useUiStore.getState().openDashboard();
}
