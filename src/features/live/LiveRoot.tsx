import { lazy, Suspense, useState, useSyncExternalStore } from 'react';

import { withNamespaces } from '@/i18n/config';
import { isLiveCanvas } from '@/persistence/liveDocs';
import { useCanvasStore } from '@/store/canvasStore';

import { parseLiveLink } from './links';
import { liveSnapshot, subscribeLive } from './liveSignal';

const LiveController = lazy(
  withNamespaces(() => import('./LiveController'), ['live', 'versions', 'enums']),
);

/**
 * The app's hook into live classes, and all it costs a user who never joins one: reading the
 * address and one storage key. The live code (yjs, the provider) loads once a live link is
 * followed or a live canvas is open, and then stays.
 */
export function LiveRoot() {
  useSyncExternalStore(subscribeLive, liveSnapshot);
  const activeId = useCanvasStore((s) => s.activeId);
  const needed =
    parseLiveLink(window.location.hash) !== null || (activeId !== null && isLiveCanvas(activeId));
  const [loaded, setLoaded] = useState(needed);
  if (needed && !loaded) setLoaded(true);
  if (!loaded) return null;
  return (
    <Suspense fallback={null}>
      <LiveController />
    </Suspense>
  );
}
