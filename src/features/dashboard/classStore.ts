import { create } from 'zustand';

import type { ClassCanvas, FileFailure } from './classEntries';

type ClassState = {
  canvases: ClassCanvas[];
  /** dropped files that could not be read, each with its own message */
  failures: FileFailure[];
  /** Adds what a drop read. A file dropped again (same name) replaces its earlier card or message. */
  addFiles: (loaded: ClassCanvas[], failed: FileFailure[], fileNames: readonly string[]) => void;
  remove: (id: string) => void;
  clear: () => void;
};

/**
 * The class on the dashboard: never saved (the files stay on the instructor's disk) and never
 * undone; closing the dashboard (the UI store says whether it is open) keeps the class until
 * the page is left. It loads with the dashboard, not with the first screen.
 */
export const useClassStore = create<ClassState>()((set) => ({
  canvases: [],
  failures: [],
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
