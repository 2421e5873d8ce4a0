/**
 * The load pipeline for one stored canvas, pure so it can be tested with any string:
 * JSON.parse → envelope → version check → migrations → schema → repair → status.
 * It never writes; `loadLibrary` decides what to back up.
 */
import {
  CURRENT_CANVAS_VERSION,
  migrateCanvasData,
  parseJsonSafely,
  type Canvas,
  type CanvasMigrationStep,
  type CanvasProblem,
  type MigrationAdjustment,
} from '@/domain';

import { ENVELOPE_FORMAT, envelopeMeta, isRecord, type EnvelopeMeta } from './envelope';
import { repairCanvasData, type CanvasRepair } from './repair';

export type MigrationOptions = {
  /** The migration chain; tests inject steps, the app uses the domain's. */
  migrations?: readonly CanvasMigrationStep[];
  currentVersion?: number;
};

export type CanvasLoad =
  /** usable; `repairs` lists what was fixed, `migratedFrom` the version it was upgraded from */
  | {
      status: 'ok';
      canvas: Canvas;
      meta: EnvelopeMeta;
      repairs: CanvasRepair[];
      migratedFrom?: number;
      /** values the upgrade had to change to fit this version, to tell the user */
      adjustments?: MigrationAdjustment[];
    }
  /** written by a newer version of the app: never opened or written here */
  | { status: 'newer'; version: number; name: string | null }
  /** has fields this version does not know: protected the same way */
  | { status: 'unknown_fields'; paths: (string | number)[][]; name: string | null }
  /** not JSON, not our envelope, or no usable version */
  | {
      status: 'unreadable';
      reason: 'not_json' | 'too_deep' | 'not_envelope' | 'invalid_version';
      name: string | null;
    }
  /** our envelope, but the canvas inside cannot be repaired safely */
  | { status: 'invalid'; problems: CanvasProblem[]; name: string | null }
  /** a migration step threw or is missing: the original stays untouched */
  | { status: 'migration_failed'; name: string | null };

/**
 * @example loadStoredCanvas('{"state":{"canvas":', 'c1') // { status: 'unreadable', reason: 'not_json', name: null }
 */
export function loadStoredCanvas(
  raw: string,
  id: string,
  options: MigrationOptions = {},
): CanvasLoad {
  const { migrations, currentVersion = CURRENT_CANVAS_VERSION } = options;
  const json = parseJsonSafely(raw);
  if (!json.ok) return { status: 'unreadable', reason: json.code, name: null };
  const envelope = json.value;
  if (!isRecord(envelope) || envelope.format !== ENVELOPE_FORMAT) {
    return { status: 'unreadable', reason: 'not_envelope', name: null };
  }
  const name = nameOf(envelope.data);
  const migration = migrateCanvasData(envelope.data, envelope.version, migrations, currentVersion);
  if (!migration.ok) {
    switch (migration.code) {
      case 'newer_version':
        return { status: 'newer', version: Number(envelope.version), name };
      case 'invalid_version':
        return { status: 'unreadable', reason: 'invalid_version', name };
      case 'migration_failed':
      case 'missing_step':
        return { status: 'migration_failed', name };
    }
  }
  const repaired = repairCanvasData(migration.data, id);
  if (!repaired.ok) {
    return repaired.unknownKeys.length > 0
      ? { status: 'unknown_fields', paths: repaired.unknownKeys, name }
      : { status: 'invalid', problems: repaired.problems, name };
  }
  const loaded = {
    status: 'ok' as const,
    canvas: repaired.canvas,
    meta: envelopeMeta(envelope),
    repairs: repaired.repairs,
  };
  const { migratedFrom, adjustments } = migration;
  if (migratedFrom === undefined) return loaded;
  return adjustments ? { ...loaded, migratedFrom, adjustments } : { ...loaded, migratedFrom };
}

/** The canvas name if one can be read, for messages about a canvas that could not be loaded. */
function nameOf(data: unknown): string | null {
  return isRecord(data) && typeof data.name === 'string' ? data.name.slice(0, 120) : null;
}
