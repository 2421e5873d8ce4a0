/**
 * "Download backup": every canvas of the library, read from memory (so it also works when
 * storage is full or blocked), in one file that Import reads back.
 * `{ format: 'vinculo-backup', version, savedAt, canvases: Canvas[] }`
 */
import { CURRENT_CANVAS_VERSION, type Canvas } from '@/domain';

export const BACKUP_FILE_FORMAT = 'vinculo-backup';

export function serializeBackupFile(canvases: readonly Canvas[], savedAt = new Date()): string {
  return JSON.stringify(
    {
      format: BACKUP_FILE_FORMAT,
      version: CURRENT_CANVAS_VERSION,
      savedAt: savedAt.toISOString(),
      canvases,
    },
    null,
    2,
  );
}

export function backupFileName(now = new Date()): string {
  return `vinculo-backup-${now.toISOString().slice(0, 10)}.json`;
}
