/**
 * The way most canvases load: one this version wrote, valid as it is. Anything else (an older
 * version, damage, an id that is not its key's) takes the whole pipeline, `loadStoredCanvas`,
 * whose migrations and repairs are then loaded; a current canvas never needs that code.
 */
import { canvasSchema, CURRENT_CANVAS_VERSION, parseJsonSafely } from '@/domain';

import { ENVELOPE_FORMAT, envelopeMeta, isRecord } from './envelope';
import type { CanvasLoad } from './loadCanvas';

export type LoadedCanvas = Extract<CanvasLoad, { status: 'ok' }>;

/**
 * What `loadStoredCanvas` returns for a current, valid canvas (nothing to migrate or repair);
 * null for anything that needs more than reading.
 * @example loadCurrentCanvas('{"state":{"canvas":', 'c1') // null
 */
export function loadCurrentCanvas(
  raw: string,
  id: string,
  currentVersion = CURRENT_CANVAS_VERSION,
): LoadedCanvas | null {
  const json = parseJsonSafely(raw);
  if (!json.ok) return null;
  const envelope = json.value;
  if (!isRecord(envelope) || envelope.format !== ENVELOPE_FORMAT) return null;
  if (envelope.version !== currentVersion || !isRecord(envelope.data)) return null;
  // The key's id wins over the one inside (repairCanvasData): a difference is a repair.
  if (envelope.data.id !== id) return null;
  const parsed = canvasSchema.safeParse(envelope.data);
  if (!parsed.success) return null;
  return { status: 'ok', canvas: parsed.data, meta: envelopeMeta(envelope), repairs: [] };
}
