import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { Dialog } from '@/components/Dialog';
import { downloadText } from '@/lib/download';
import { deleteBackup, listBackups, readBackup, type BackupEntry } from '@/persistence/backups';
import { getStorage } from '@/persistence/safeStorage';
import { useCanvasStore } from '@/store/canvasStore';

import { safeFileName } from '@/lib/fileName';

/** The write-once copies kept in this browser: open one as a new canvas, download or delete it. */
export function BackupsDialog({
  onClose,
  onDone,
}: {
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [backups, setBackups] = useState(() => listBackups(getStorage()));
  const [confirming, setConfirming] = useState<string | null>(null);

  const name = (entry: BackupEntry) => entry.name?.trim() || t('persistence:unnamed');
  const open = (entry: BackupEntry) => {
    if (!entry.canvas) return;
    useCanvasStore.getState().addCanvasCopy(entry.canvas);
    onDone(t('exchange:backups.opened', { name: name(entry) }));
    onClose();
  };
  const download = (entry: BackupEntry) => {
    const raw = readBackup(entry.key, getStorage());
    if (raw !== null)
      downloadText(safeFileName(`${name(entry)} ${entry.kind}`, '.backup.json', 'backup'), raw);
  };
  const remove = (entry: BackupEntry) => {
    deleteBackup(entry.key, getStorage());
    setConfirming(null);
    setBackups(listBackups(getStorage()));
  };

  return (
    <Dialog title={t('exchange:backups.title')} onClose={onClose}>
      <p>{t('exchange:backups.intro')}</p>
      {backups.length === 0 ? (
        <p>{t('exchange:backups.empty')}</p>
      ) : (
        <ul className="backup-list">
          {backups.map((entry) => (
            <li key={entry.key} className="backup-list__item">
              <p className="backup-list__name">{name(entry)}</p>
              <p className="backup-list__meta">
                {t(`exchange:backups.kind.${entry.kind}`)} ·{' '}
                {t('exchange:backups.size', { size: entry.size })}
              </p>
              <div className="file-dialog__actions">
                {entry.canvas && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => open(entry)}
                  >
                    {t('exchange:backups.open')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => download(entry)}
                >
                  {t('exchange:backups.download')}
                </button>
                {confirming === entry.key ? (
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => remove(entry)}
                  >
                    {t('exchange:backups.deleteConfirm')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setConfirming(entry.key)}
                  >
                    {t('exchange:backups.delete')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
