import { readImportFile } from '@/features/exchange';

import { displayName, type ClassCanvas, type FileFailure } from './classEntries';

let nextId = 0;
const newId = () => `file-${++nextId}`;

/**
 * Reads every dropped file on its own, in parallel: one that is not a canvas file fails alone
 * and the others still load. Exchange files give one canvas, backups several.
 */
export async function readClassFiles(
  files: readonly File[],
): Promise<{ loaded: ClassCanvas[]; failed: FileFailure[] }> {
  const outcomes = await Promise.all(
    files.map(async (file) => [file, await readImportFile(file)] as const),
  );
  const loaded: ClassCanvas[] = [];
  const failed: FileFailure[] = [];
  for (const [file, outcome] of outcomes) {
    if (outcome.ok) {
      for (const canvas of outcome.canvases)
        loaded.push({
          id: newId(),
          name: displayName(file.name, canvas, outcome.isBackup),
          canvas,
          fileName: file.name,
        });
    } else {
      failed.push({ id: newId(), fileName: file.name, fileSize: file.size, outcome });
    }
  }
  return { loaded, failed };
}
