import { lazy, Suspense, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { serializeCanvasFile } from '@/domain';
import { DownloadBackupButton } from '@/features/saving';
import { useDisclosure } from '@/hooks/useDisclosure';
import { withNamespaces } from '@/i18n/config';
import { downloadText } from '@/lib/download';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/canvasView';

import { safeFileName } from '@/lib/fileName';
import type { FileDialogState } from './fileTools';
import './FileMenu.css';

// The CSV's column titles come from the texts the first screen does without.
const loadTools = withNamespaces(() => import('./fileTools'));
const FileDialog = lazy(() => loadTools().then((tools) => ({ default: tools.FileDialog })));

/** Header menu: export and import files, CSV, share link, backups. */
export function FileMenu() {
  const { t } = useTranslation();
  // Whether a canvas is open, not the canvas: the menu stays still while the user types.
  const hasCanvas = useCanvasStore((s) => canvasSelectors.active(s) !== null);
  const current = () => canvasSelectors.active(useCanvasStore.getState());
  const { open, close, toggle, rootRef, buttonRef, panelId } = useDisclosure();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dialog, setDialog] = useState<FileDialogState | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const run = (action: () => void) => {
    close();
    action();
  };
  const pickFile = () => inputRef.current?.click();
  const baseName = (name: string) => safeFileName(name, '', t('persistence:unnamed'));
  const exportFile = () => {
    const canvas = current();
    if (canvas) downloadText(`${baseName(canvas.name)}.vinculo.json`, serializeCanvasFile(canvas));
  };
  const exportCsv = async () => {
    const { csvOf } = await loadTools();
    const canvas = current();
    if (canvas) downloadText(`${baseName(canvas.name)}.csv`, csvOf(canvas, t), 'text/csv');
  };
  const share = async () => {
    const canvas = current();
    if (!canvas) return;
    const { createShareLink } = await loadTools();
    setDialog({ kind: 'share', link: createShareLink(canvas, window.location.href) });
  };
  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const { readImportFile } = await loadTools();
    const outcome = await readImportFile(file);
    input.value = ''; // choosing the same file again must fire another change
    setDialog({ kind: 'import', outcome, fileSize: file.size });
  };
  const closeDialog = () => setDialog(null);

  // Opening the menu fetches its tools, so the chosen action finds them ready.
  useEffect(() => {
    if (open) void loadTools();
  }, [open]);

  return (
    <div className="file-menu" ref={rootRef}>
      <button
        type="button"
        className="button button--small app-header__button"
        ref={buttonRef}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        {t('persistence:file.menu')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={panelId} className="file-menu__panel">
          <ul className="file-menu__list">
            <li>
              <button
                type="button"
                className="file-menu__item"
                disabled={!hasCanvas}
                onClick={() => run(exportFile)}
              >
                {t('persistence:file.export')}
              </button>
            </li>
            <li>
              <button type="button" className="file-menu__item" onClick={() => run(pickFile)}>
                {t('persistence:file.import')}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="file-menu__item"
                disabled={!hasCanvas}
                onClick={() => run(() => void exportCsv())}
              >
                {t('persistence:file.csv')}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="file-menu__item"
                disabled={!hasCanvas}
                onClick={() => run(() => void share())}
              >
                {t('persistence:file.share')}
              </button>
            </li>
            <li>
              <DownloadBackupButton className="file-menu__item" />
            </li>
            <li>
              <button
                type="button"
                className="file-menu__item"
                onClick={() => run(() => setDialog({ kind: 'backups' }))}
              >
                {t('persistence:file.backups')}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="file-menu__item"
                disabled={!hasCanvas}
                onClick={() => run(() => setDialog({ kind: 'versions' }))}
              >
                {t('persistence:file.versions')}
              </button>
            </li>
          </ul>
          {!hasCanvas && <p className="file-menu__hint">{t('persistence:file.noCanvas')}</p>}
          <p className="file-menu__hint">{t('persistence:promise')}</p>
        </div>
      )}
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('persistence:file.chooseFile')}
        onChange={(event) => void chooseFile(event)}
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {dialog && (
        <Suspense fallback={null}>
          <FileDialog dialog={dialog} onClose={closeDialog} onDone={setAnnouncement} />
        </Suspense>
      )}
    </div>
  );
}
