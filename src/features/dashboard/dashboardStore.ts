import { create } from 'zustand';

import type { InstructorClass } from '@/persistence/liveDocs';

import type { ClassCanvas, FileFailure } from './classEntries';

type DashboardState = {
  isOpen: boolean;
  canvases: ClassCanvas[];
  /** dropped files that could not be read, each with its own message */
  failures: FileFailure[];
  /** the live class the dashboard follows beside the dropped files, if one was opened */
  liveClass: InstructorClass | null;
  open: () => void;
  openLive: (liveClass: InstructorClass) => void;
  close: () => void;
  /** Adds what a drop read. A file dropped again (same name) replaces its earlier card or message. */
  addFiles: (loaded: ClassCanvas[], failed: FileFailure[], fileNames: readonly string[]) => void;
  remove: (id: string) => void;
  clear: () => void;
};

/**
 * The class on the dashboard. UI state only: never saved (the files stay on the instructor's
 * disk) and never undone; closing the dashboard keeps the class until the page is left.
 */
export const useDashboardStore = create<DashboardState>()((set) => ({
  isOpen: false,
  canvases: [],
  failures: [],
  liveClass: null,
  open: () => set({ isOpen: true }),
  openLive: (liveClass) => set({ isOpen: true, liveClass }),
  close: () => set({ isOpen: false }),
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
