import { create } from 'zustand';

/**
 * The open editor. Each one is a wide modal dialog over the board, which waits behind it
 * (`useResults('board')`, `.workspace` in theme.css).
 */
export type Panel =
  | { kind: 'segment'; segmentId: string }
  | {
      kind: 'workbench';
      segmentId: string;
      tab?: 'relationships' | 'tactics' | 'questions' | 'economics';
    }
  | { kind: 'channels'; channelId?: string }
  | { kind: 'scenario'; segmentId: string }
  | { kind: 'library' };

/** The classroom views (the classroom menu's); at most one is open at a time. */
export type ClassroomView = 'gallery' | 'present' | 'live' | 'print' | 'guide';

/** A short status message after a destructive action, offering to undo it. */
export type Notice = {
  /** i18next key of the message */
  key: string;
  values?: Record<string, string>;
  /** canvas to reopen after undoing (a deleted canvas comes back as the open one) */
  reopenId?: string;
};

/**
 * What is open: an editor, a classroom view, the class dashboard, a notice. UI state only:
 * never saved, never undone.
 */
export type UiState = {
  panel: Panel | null;
  /** DOM id of a field to focus once its panel is open (`fieldId(entityId, field)`). */
  focusTarget: string | null;
  openPanel: (panel: Panel, focusTarget?: string) => void;
  closePanel: () => void;
  clearFocusTarget: () => void;
  notice: Notice | null;
  showNotice: (notice: Notice) => void;
  dismissNotice: () => void;
  view: ClassroomView | null;
  openView: (view: ClassroomView) => void;
  closeView: () => void;
  /** The class dashboard, shown in place of the board; its class is the dashboard's own store. */
  isDashboardOpen: boolean;
  openDashboard: () => void;
  closeDashboard: () => void;
};

export const useUiStore = create<UiState>()((set) => ({
  panel: null,
  focusTarget: null,
  openPanel: (panel, focusTarget) => set({ panel, focusTarget: focusTarget ?? null }),
  closePanel: () => set({ panel: null, focusTarget: null }),
  clearFocusTarget: () => set({ focusTarget: null }),
  notice: null,
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: null }),
  view: null,
  openView: (view) => set({ view }),
  closeView: () => set({ view: null }),
  isDashboardOpen: false,
  openDashboard: () => set({ isDashboardOpen: true }),
  closeDashboard: () => set({ isDashboardOpen: false }),
}));

/** The DOM id convention every editable field follows, so findings can point at it. */
export function fieldId(entityId: string, field: string): string {
  return `f-${entityId}-${field}`;
}
