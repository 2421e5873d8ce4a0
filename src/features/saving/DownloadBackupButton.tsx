import { useTranslation } from '@/i18n/useTranslation';

import { downloadText } from '@/lib/download';
import { backupFileName, serializeBackupFile } from '@/persistence/backupFile';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/canvasView';

/** Every canvas, read from memory: it works when storage is full, blocked or damaged. */
export function DownloadBackupButton({
  className = 'button button--small',
}: {
  className?: string;
}) {
  const { t } = useTranslation();
  const download = () => {
    const canvases = canvasSelectors.list(useCanvasStore.getState());
    downloadText(backupFileName(), serializeBackupFile(canvases));
  };
  return (
    <button type="button" className={className} onClick={download}>
      {t('persistence:action.downloadBackup')}
    </button>
  );
}
