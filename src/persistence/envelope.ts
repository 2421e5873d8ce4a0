/**
 * The stored form of one canvas: `bmc:canvas:<id>` holds
 * `{ format: 'bmc-canvas', version, savedAt, writerTabId, rev, data }`.
 * `rev` counts writes of this canvas across tabs, so a tab can tell that someone else wrote it.
 */
import { CURRENT_CANVAS_VERSION, type Canvas } from '@/domain';

export const ENVELOPE_FORMAT = 'bmc-canvas';

export type EnvelopeMeta = { rev: number; writerTabId: string | null };

export function serializeEnvelope(
  canvas: Canvas,
  { rev, writerTabId, savedAt = new Date() }: { rev: number; writerTabId: string; savedAt?: Date },
): string {
  return JSON.stringify({
    format: ENVELOPE_FORMAT,
    version: CURRENT_CANVAS_VERSION,
    savedAt: savedAt.toISOString(),
    writerTabId,
    rev,
    data: canvas,
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `rev` and `writerTabId` leniently: a missing or odd rev counts as 0. */
export function envelopeMeta(envelope: Record<string, unknown>): EnvelopeMeta {
  const { rev, writerTabId } = envelope;
  return {
    rev: typeof rev === 'number' && Number.isSafeInteger(rev) && rev >= 0 ? rev : 0,
    writerTabId: typeof writerTabId === 'string' ? writerTabId : null,
  };
}
