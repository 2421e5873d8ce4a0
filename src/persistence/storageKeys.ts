/** Every localStorage key the app uses. Storage is touched only under src/persistence/. */
export const STORAGE_KEYS = {
  language: 'vinculo:language',
  /** Set once the guided tour was finished or skipped, so it is not offered again. */
  guideSeen: 'vinculo:guideSeen',
  /** `bmc:canvas:<id>`: one envelope per canvas, so a failed write can only touch one canvas. */
  canvasPrefix: 'bmc:canvas:',
  /** Order and open canvas; written after the canvas keys, and only a hint (see loadLibrary). */
  index: 'bmc:index',
  /** `bmc:backup:<kind>:<canvas id>:<tag>`: write-once copies, never overwritten. */
  backupPrefix: 'bmc:backup:',
  /** Written and removed at start-up to find out whether this browser accepts writes at all. */
  probe: 'bmc:probe',
} as const;

export const BACKUP_KINDS = ['quarantine', 'repair', 'pre-migration', 'pre-import'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export function canvasKey(id: string): string {
  return STORAGE_KEYS.canvasPrefix + id;
}

/** The canvas id of a `bmc:canvas:<id>` key, or null for any other key. */
export function canvasIdOfKey(key: string): string | null {
  if (!key.startsWith(STORAGE_KEYS.canvasPrefix)) return null;
  const id = key.slice(STORAGE_KEYS.canvasPrefix.length);
  return id === '' ? null : id;
}

export function backupKey(kind: BackupKind, canvasId: string, tag: string): string {
  return `${STORAGE_KEYS.backupPrefix}${kind}:${canvasId}:${tag}`;
}

export type BackupKeyParts = { kind: BackupKind; canvasId: string; tag: string };

/** Splits a backup key; the canvas id is whatever sits between the kind and the last colon. */
export function parseBackupKey(key: string): BackupKeyParts | null {
  if (!key.startsWith(STORAGE_KEYS.backupPrefix)) return null;
  const rest = key.slice(STORAGE_KEYS.backupPrefix.length);
  const kind = BACKUP_KINDS.find((k) => rest.startsWith(`${k}:`));
  if (!kind) return null;
  const idAndTag = rest.slice(kind.length + 1);
  const cut = idAndTag.lastIndexOf(':');
  if (cut <= 0 || cut === idAndTag.length - 1) return null;
  return { kind, canvasId: idAndTag.slice(0, cut), tag: idAndTag.slice(cut + 1) };
}
