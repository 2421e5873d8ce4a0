/**
 * The exchange file written by Export and read by Import:
 * `{ "format": "vinculo-canvas", "version": 1, "savedAt": ISO date, "canvas": Canvas }`.
 * Reading never throws and answers with stable problem codes that the UI translates.
 */

import {
  CANVAS_MIGRATIONS,
  CURRENT_CANVAS_VERSION,
  migrateCanvasData,
  type CanvasMigrationStep,
  type MigrationAdjustment,
} from './migrations';
import { parseJsonSafely } from './safeJson';
import { canvasProblems, canvasSchema, type Canvas } from './schema';

export const CANVAS_FILE_FORMAT = 'vinculo-canvas';

// Spec decision: 5 MiB of characters, the most Chromium's localStorage can hold, so a file we
// accept can also be kept in the browser afterwards.
export const MAX_FILE_CHARS = 5 * 1024 * 1024;

/** Codes of problems with the file as a whole; schema problems add zod's issue codes. */
export type CanvasFileProblemCode =
  | 'too_large'
  | 'too_deep'
  | 'not_json'
  | 'not_canvas_file'
  | 'newer_version'
  | 'invalid_version'
  | 'migration_failed';

// Spec decision: paths start at the root of the file, so schema problems are prefixed with
// 'canvas'; `[]` is the whole file and `['version']` the envelope's version.
/** A problem and where it is, e.g. `{ path: ['canvas', 'segments', 0, 'name'], code: 'too_big' }`. */
export interface CanvasFileProblem {
  path: (string | number)[];
  code: string;
}

export type ParseCanvasFileResult =
  | {
      ok: true;
      canvas: Canvas;
      migratedFrom?: number;
      /** values an old file held that had to change to fit this version (see migrations) */
      adjustments?: MigrationAdjustment[];
    }
  | { ok: false; problems: CanvasFileProblem[] };

export interface ParseCanvasFileOptions {
  /** The migration chain; tests swap in future versions, the app uses the defaults. */
  migrations?: readonly CanvasMigrationStep[];
  currentVersion?: number;
}

export interface SerializeCanvasFileOptions {
  /** When the file is written; defaults to now. Fixed in tests. */
  savedAt?: Date;
}

/**
 * Writes `canvas` as an exchange file of the current version, pretty-printed so it diffs well.
 * JSON escapes lone surrogates (`"\ud800"`), so the text is always valid UTF-16 and survives
 * UTF-8 encoding byte for byte.
 *
 * @example serializeCanvasFile(createEmptyCanvas(), { savedAt: new Date(0) })
 */
export function serializeCanvasFile(
  canvas: Canvas,
  { savedAt = new Date() }: SerializeCanvasFileOptions = {},
): string {
  const file = {
    format: CANVAS_FILE_FORMAT,
    version: CURRENT_CANVAS_VERSION,
    savedAt: savedAt.toISOString(),
    canvas,
  };
  return JSON.stringify(file, null, 2);
}

/**
 * Reads an exchange file: size and nesting checks, JSON, envelope, migration, then the canvas
 * schema. Never throws. Older versions come back migrated, with `migratedFrom` set.
 *
 * @example parseCanvasFile('{}') // { ok: false, problems: [{ path: [], code: 'not_canvas_file' }] }
 */
export function parseCanvasFile(
  text: string,
  {
    migrations = CANVAS_MIGRATIONS,
    currentVersion = CURRENT_CANVAS_VERSION,
  }: ParseCanvasFileOptions = {},
): ParseCanvasFileResult {
  if (text.length > MAX_FILE_CHARS) return refuse([], 'too_large');

  // Spec decision: a leading byte order mark (some Windows editors add one) is not an error.
  const json = parseJsonSafely(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!json.ok) return refuse([], json.code);

  const file = json.value;
  // Spec decision: other envelope keys are ignored and `savedAt` is informative only, so a
  // hand-edited file with a missing or odd date still imports.
  if (!isRecord(file) || file.format !== CANVAS_FILE_FORMAT) return refuse([], 'not_canvas_file');

  const migration = migrateCanvasData(file.canvas, file.version, migrations, currentVersion);
  if (!migration.ok) {
    switch (migration.code) {
      case 'newer_version':
      case 'invalid_version':
        return refuse(['version'], migration.code);
      // Spec decision: a missing step is a developer error, but for the person importing the
      // file it means the same as a failing step: this version could not upgrade it.
      case 'migration_failed':
      case 'missing_step':
        return refuse(['canvas'], 'migration_failed');
    }
  }

  const parsed = canvasSchema.safeParse(migration.data);
  if (!parsed.success) {
    const problems = canvasProblems(parsed).map(({ path, code }) => ({
      path: ['canvas', ...path],
      code,
    }));
    return { ok: false, problems };
  }
  const { migratedFrom, adjustments } = migration;
  if (migratedFrom === undefined) return { ok: true, canvas: parsed.data };
  return adjustments
    ? { ok: true, canvas: parsed.data, migratedFrom, adjustments }
    : { ok: true, canvas: parsed.data, migratedFrom };
}

function refuse(path: (string | number)[], code: CanvasFileProblemCode): ParseCanvasFileResult {
  return { ok: false, problems: [{ path, code }] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
