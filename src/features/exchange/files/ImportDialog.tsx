import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { Dialog } from '@/components/Dialog';
import { describeAdjustment } from '@/features/saving';
import type { Canvas } from '@/domain';
import { backupCanvas } from '@/persistence/backups';
import { getStorage } from '@/persistence/safeStorage';
import { useCanvasStore } from '@/store/canvasStore';
import { useActiveCanvas } from '@/store/selectors';

import { importFailureText } from './importFailureText';
import type { ImportOutcome } from './importFile';

type Props = {
  outcome: ImportOutcome;
  fileSize: number;
  onClose: () => void;
  /** called with a sentence for the screen-reader status once something was imported */
  onDone: (message: string) => void;
};

/** Asks what to do with a valid file (add, or replace after a backup), or says what is wrong. */
export function ImportDialog({ outcome, fileSize, onClose, onDone }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Dialog title={t('exchange:import.title')} onClose={onClose}>
      {outcome.ok ? (
        <ImportChoices
          canvases={outcome.canvases}
          migrated={outcome.migrated}
          adjusted={outcome.adjustments.map((a) => describeAdjustment(a, i18n, outcome.root))}
          onClose={onClose}
          onDone={onDone}
        />
      ) : (
        <ImportFailure outcome={outcome} fileSize={fileSize} onClose={onClose} />
      )}
    </Dialog>
  );
}

function ImportChoices({
  canvases,
  migrated,
  adjusted,
  onClose,
  onDone,
}: {
  canvases: Canvas[];
  migrated: boolean;
  /** what an upgrade changed, one sentence per value */
  adjusted: string[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const current = useActiveCanvas();
  const [backupFailed, setBackupFailed] = useState(false);
  const [first] = canvases;
  const single = canvases.length === 1 && first ? first : null;
  const name = (canvas: Canvas) => canvas.name.trim() || t('persistence:unnamed');

  const addAll = () => {
    const { addCanvasCopy } = useCanvasStore.getState();
    for (const canvas of canvases) addCanvasCopy(canvas);
    onDone(
      single
        ? t('exchange:import.done', { name: name(single) })
        : t('exchange:import.doneMany', { count: canvases.length }),
    );
    onClose();
  };
  const replace = () => {
    if (!single || !current) return;
    // The current canvas is kept, as it is in memory, before anything replaces it.
    if (!backupCanvas('pre-import', current, getStorage()).result.ok) {
      setBackupFailed(true);
      return;
    }
    useCanvasStore.getState().replaceCanvas(current.id, single);
    onDone(t('exchange:import.done', { name: name(single) }));
    onClose();
  };

  return (
    <>
      <p>
        {single
          ? t('exchange:import.ready', { name: name(single) })
          : t('exchange:import.readyMany', { count: canvases.length })}
      </p>
      {migrated && <p>{t('exchange:import.migrated')}</p>}
      {adjusted.length > 0 && (
        <>
          <p>{t('exchange:import.adjusted')}</p>
          <ul>
            {adjusted.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {single && current && <p className="file-dialog__note">{t('exchange:import.replaceNote')}</p>}
      {backupFailed && (
        <p className="file-dialog__error" role="alert">
          {t('exchange:import.backupFailed')}
        </p>
      )}
      <div className="file-dialog__actions">
        <button type="button" className="button button--primary" onClick={addAll}>
          {single ? t('exchange:import.asNew') : t('exchange:import.addAll')}
        </button>
        {single && current && !backupFailed && (
          <button type="button" className="button button--danger" onClick={replace}>
            {t('exchange:import.replace', { name: name(current) })}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('persistence:action.cancel')}
        </button>
      </div>
    </>
  );
}

function ImportFailure({
  outcome,
  fileSize,
  onClose,
}: {
  outcome: Extract<ImportOutcome, { ok: false }>;
  fileSize: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message, problems } = importFailureText(outcome, fileSize, i18n);
  return (
    <div role="alert">
      <p className="file-dialog__error-title">
        <span aria-hidden="true">⚠</span> {t('exchange:import.error.title')}
      </p>
      <p>{message}</p>
      {problems.length > 0 && (
        <ul className="file-dialog__problems">
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
      <p>{t('exchange:import.error.unchanged')}</p>
      <div className="file-dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('exchange:share.close')}
        </button>
      </div>
    </div>
  );
}
