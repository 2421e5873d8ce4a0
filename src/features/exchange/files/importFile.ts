/**
 * Reading a file the user chose to import: size first (from `file.size`, before reading a byte),
 * then the exchange format (one canvas) or a backup file (several), validated in full before
 * anything may change. Never throws.
 */
import {
  CANVAS_FILE_FORMAT,
  MAX_FILE_CHARS,
  parseCanvasFile,
  parseJsonSafely,
  type Canvas,
  type CanvasFileProblem,
  type MigrationAdjustment,
} from '@/domain';

import { BACKUP_FILE_FORMAT } from '@/persistence/backupFile';
import { isRecord } from '@/persistence/envelope';

// Spec decision: UTF-8 needs at most 3 bytes per UTF-16 unit, so no file within the domain's
// character limit is refused by this byte limit, and a 50 MB file is refused unread.
export const MAX_IMPORT_BYTES = MAX_FILE_CHARS * 3;

export type ImportError =
  'read' | 'too_large' | 'too_deep' | 'not_canvas' | 'newer' | 'migration' | 'invalid';

export type ImportOutcome =
  | {
      ok: true;
      canvases: Canvas[];
      migrated: boolean;
      isBackup: boolean;
      /**
       * values of an older version that had to change to fit this one, with paths from the
       * file's root (`root`, to name items), so the user is told what changed
       */
      adjustments: MigrationAdjustment[];
      root: unknown;
    }
  /** `root`: the parsed file when there was one, to name items in problem messages */
  | { ok: false; error: ImportError; problems: CanvasFileProblem[]; root: unknown };

export async function readImportFile(file: Blob): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) return failure('too_large');
  const text = await readText(file);
  return text === null ? failure('read') : parseImportText(text);
}

/** FileReader rather than `Blob.text()`, which some environments (jsdom) still lack. */
function readText(file: Blob): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsText(file);
  });
}

export function parseImportText(text: string): ImportOutcome {
  const json = parseJsonSafely(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const root = json.ok ? json.value : undefined;
  if (json.ok && isRecord(root) && root.format === BACKUP_FILE_FORMAT) return parseBackup(root);
  const result = parseCanvasFile(text);
  if (result.ok)
    return {
      ok: true,
      canvases: [result.canvas],
      migrated: result.migratedFrom !== undefined,
      isBackup: false,
      adjustments: within(['canvas'], result.adjustments),
      root,
    };
  return { ok: false, error: errorOf(result.problems), problems: result.problems, root };
}

function parseBackup(root: Record<string, unknown>): ImportOutcome {
  if (!Array.isArray(root.canvases) || root.canvases.length === 0)
    return failure('not_canvas', root);
  const canvases: Canvas[] = [];
  const problems: CanvasFileProblem[] = [];
  const adjustments: MigrationAdjustment[] = [];
  let migrated = false;
  root.canvases.forEach((canvas: unknown, index) => {
    // Each canvas goes through the exchange-file reader, so versions and validation are the same.
    const file = JSON.stringify({ format: CANVAS_FILE_FORMAT, version: root.version, canvas });
    const result = parseCanvasFile(file);
    if (result.ok) {
      canvases.push(result.canvas);
      migrated ||= result.migratedFrom !== undefined;
      adjustments.push(...within(['canvases', index], result.adjustments));
    } else {
      problems.push(
        ...result.problems.map((p) => ({ ...p, path: ['canvases', index, ...p.path.slice(1)] })),
      );
    }
  });
  if (problems.length > 0) return { ok: false, error: errorOf(problems), problems, root };
  return { ok: true, canvases, migrated, isBackup: true, adjustments, root };
}

/** Adjustments with paths from the file's root rather than from the canvas. */
function within(
  prefix: (string | number)[],
  adjustments: readonly MigrationAdjustment[] = [],
): MigrationAdjustment[] {
  return adjustments.map((a) => ({ ...a, path: [...prefix, ...a.path] }));
}

function errorOf(problems: readonly CanvasFileProblem[]): ImportError {
  const codes = new Set(problems.map((p) => p.code));
  if (codes.has('too_large')) return 'too_large';
  if (codes.has('too_deep')) return 'too_deep';
  if (codes.has('not_json') || codes.has('not_canvas_file')) return 'not_canvas';
  if (codes.has('newer_version')) return 'newer';
  if (codes.has('migration_failed')) return 'migration';
  return 'invalid';
}

function failure(error: ImportError, root?: unknown): ImportOutcome {
  return { ok: false, error, problems: [], root };
}
