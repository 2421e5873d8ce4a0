import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

import { observeComments, readThreads, type Thread } from '@/collab';

/** The document's comment threads, following every change to them (never to the canvas). */
export function useThreads(doc: Y.Doc): Thread[] {
  const cache = useRef<{ doc: Y.Doc; threads: Thread[] } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) =>
      observeComments(doc, (threads) => {
        cache.current = { doc, threads };
        onChange();
      }),
    [doc],
  );
  const snapshot = () => {
    if (cache.current?.doc !== doc) cache.current = { doc, threads: readThreads(doc) };
    return cache.current.threads;
  };
  return useSyncExternalStore(subscribe, snapshot);
}
