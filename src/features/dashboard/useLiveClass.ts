import { useCallback, useEffect, useRef, useState } from 'react';

import { loadClassWatch, type ClassWatch, type LiveClassView } from '@/features/live';
import type { InstructorClass } from '@/persistence/liveDocs';

import type { ClassCanvas } from './classEntries';
import { liveEntries } from './liveEntries';

type LiveClassState = { classId: string; view: LiveClassView; entries: ClassCanvas[] };

export type LiveClass = {
  /** null until the member list first answers (or fails) */
  view: LiveClassView | null;
  entries: ClassCanvas[];
  /** the live code could not be loaded (offline before it was ever fetched) */
  failedToLoad: boolean;
  refresh: () => void;
};

const NONE: ClassCanvas[] = [];

/** Follows `liveClass` while the dashboard shows it; the live code loads on first use. */
export function useLiveClass(liveClass: InstructorClass | null): LiveClass {
  const [state, setState] = useState<LiveClassState | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const watch = useRef<ClassWatch | null>(null);
  const classId = liveClass?.classId ?? null;
  const token = liveClass?.instructorToken ?? null;

  useEffect(() => {
    if (classId === null || token === null) return;
    let stopped = false;
    loadClassWatch().then(
      ({ watchClass }) => {
        if (stopped) return;
        watch.current = watchClass({
          classId,
          instructorToken: token,
          onChange: (view) =>
            setState((s) => ({
              classId,
              view,
              entries: liveEntries(view.canvases, s?.classId === classId ? s.entries : NONE),
            })),
        });
      },
      () => !stopped && setFailed(classId),
    );
    return () => {
      stopped = true;
      watch.current?.stop();
      watch.current = null;
    };
  }, [classId, token]);

  const refresh = useCallback(() => void watch.current?.refresh(), []);
  const current = state !== null && state.classId === classId ? state : null;
  return {
    view: current?.view ?? null,
    entries: current?.entries ?? NONE,
    failedToLoad: failed !== null && failed === classId,
    refresh,
  };
}
