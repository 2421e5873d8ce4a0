/**
 * The one write step for a canvas, shared by the save controller and `writeBeforeSaving`: the
 * next rev after the one this tab knows is stored, the envelope, the write. The caller records
 * the returned text and rev as what storage now holds.
 */
import type { Canvas } from '@/domain';
import type { WriteFailure } from '@/store/persistenceStatus';

import { serializeEnvelope } from './envelope';
import { writeItem, type StorageArea } from './safeStorage';
import { canvasKey } from './storageKeys';

export type CanvasWrite =
  { ok: true; raw: string; rev: number } | { ok: false; reason: WriteFailure };

export function writeCanvasText(
  id: string,
  canvas: Canvas,
  { storedRev, tabId, storage }: { storedRev: number; tabId: string; storage: StorageArea | null },
): CanvasWrite {
  const rev = storedRev + 1;
  const raw = serializeEnvelope(canvas, { rev, writerTabId: tabId });
  const result = writeItem(canvasKey(id), raw, storage);
  return result.ok ? { ok: true, raw, rev } : result;
}
