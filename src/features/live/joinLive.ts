import { saveLiveSession, type LiveSession } from '@/persistence/liveDocs';
import { useCanvasStore } from '@/store/canvasStore';

import { joinClass, joinTeam, type ApiResult, type Membership } from './api';
import { notifyLiveChanged } from './liveSignal';

/**
 * Joins a class (or a teammate's canvas) and adds the live canvas to the library, opened.
 * The canvas starts empty here; the first exchange with the server fills it (a teammate's) or
 * sends it (a new one).
 */
export async function joinLive(
  kind: 'join' | 'team',
  code: string,
  displayName: string,
  canvasName: (membership: Membership) => string,
): Promise<ApiResult<LiveSession>> {
  const result =
    kind === 'join'
      ? await joinClass(code.trim(), displayName.trim())
      : await joinTeam(code.trim(), displayName.trim());
  if (!result.ok) return result;
  const canvasId = useCanvasStore.getState().createCanvas({ name: canvasName(result.value) });
  const session: LiveSession = { canvasId, ...result.value };
  saveLiveSession(session);
  notifyLiveChanged();
  return { ok: true, value: session };
}
