import { create } from 'zustand';

/** The classroom views; at most one is open at a time. */
export type ClassroomView = 'gallery' | 'present' | 'live' | 'print' | 'guide';

type ClassroomState = {
  view: ClassroomView | null;
  open: (view: ClassroomView) => void;
  close: () => void;
};

/** Which classroom view is open. UI state only: never saved, never undone. */
export const useClassroomStore = create<ClassroomState>()((set) => ({
  view: null,
  open: (view) => set({ view }),
  close: () => set({ view: null }),
}));
