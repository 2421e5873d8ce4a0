/**
 * The instructor's live view of a whole class, for the class dashboard: the member list, fetched
 * now and every few seconds (or on demand), and one read-only connection per canvas (a team
 * shares one canvas, so one connection), each reporting its canvas and connection state.
 */
import { listMembers, type LiveErrorCode, type Member } from './api';
import { LIVE_DOCUMENT_START, watchLiveDocument, type LiveDocumentView } from './liveDocument';

export const REFRESH_MS = 5000;

/** One canvas of the class and who works on it (one student, or a team). */
export type LiveClassCanvas = LiveDocumentView & { documentName: string; names: string[] };

export type LiveClassView = {
  classTitle: string;
  canvases: LiveClassCanvas[];
  /** when the member list last came back from the server (ms since epoch), null before */
  refreshedAt: number | null;
  /** the last refresh failed: the cards keep what they had */
  error: LiveErrorCode | null;
};

export const LIVE_CLASS_START: LiveClassView = {
  classTitle: '',
  canvases: [],
  refreshedAt: null,
  error: null,
};

/** Members sharing a document are one team: one canvas, named after all of them in join order. */
export function groupMembers(
  members: readonly Member[],
): { documentName: string; names: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const { documentName, displayName } of members) {
    const names = groups.get(documentName) ?? [];
    names.push(displayName);
    groups.set(documentName, names);
  }
  return [...groups].map(([documentName, names]) => ({ documentName, names }));
}

export type ClassWatch = { refresh: () => Promise<void>; stop: () => void };

type Options = {
  classId: string;
  instructorToken: string;
  onChange: (view: LiveClassView) => void;
  refreshMs?: number;
};

export function watchClass({
  classId,
  instructorToken,
  onChange,
  refreshMs = REFRESH_MS,
}: Options): ClassWatch {
  let stopped = false;
  let head = LIVE_CLASS_START;
  let groups: { documentName: string; names: string[] }[] = [];
  const views = new Map<string, LiveDocumentView>();
  const closers = new Map<string, () => void>();

  const emit = () => {
    if (stopped) return;
    onChange({
      ...head,
      canvases: groups.map((g) => ({
        ...(views.get(g.documentName) ?? LIVE_DOCUMENT_START),
        ...g,
      })),
    });
  };

  const refresh = async () => {
    const result = await listMembers(classId, instructorToken);
    if (stopped) return;
    if (!result.ok) {
      head = { ...head, error: result.error };
      return emit();
    }
    groups = groupMembers(result.value.members);
    const names = new Set(groups.map((g) => g.documentName));
    for (const [documentName, close] of closers) {
      if (names.has(documentName)) continue;
      close();
      closers.delete(documentName);
      views.delete(documentName);
    }
    head = {
      classTitle: result.value.classTitle,
      canvases: [],
      refreshedAt: Date.now(),
      error: null,
    };
    for (const { documentName } of groups) {
      if (closers.has(documentName)) continue;
      closers.set(
        documentName,
        watchLiveDocument(documentName, instructorToken, (view) => {
          views.set(documentName, view);
          emit();
        }),
      );
    }
    emit();
  };

  void refresh();
  const timer = setInterval(() => void refresh(), refreshMs);
  return {
    refresh,
    stop: () => {
      stopped = true;
      clearInterval(timer);
      closers.forEach((close) => close());
      closers.clear();
    },
  };
}
