import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { Dialog } from '@/components/Dialog';
import { formatWhen } from '@/lib/formatWhen';
import { isLiveCanvas } from '@/persistence/liveDocs';
import {
  deleteVersion,
  listVersions,
  pruneVersions,
  saveVersion,
  VERSION_NAME_MAX,
  type SavedVersion,
} from '@/persistence/versions';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/selectors';

import { ChangeList } from './ChangeList';
import { NameForm } from './NameForm';
import './versions.css';

/**
 * The open canvas's named versions: save the canvas as it is now, see what changed since a
 * version, restore one (one undoable edit, which a live canvas syncs like any other), delete one.
 */
export default function VersionsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const canvas = useCanvasStore(canvasSelectors.active);
  const canvasId = canvas?.id ?? null;
  // The dialog is modal: the open canvas stays the same while it shows.
  const [list, setList] = useState(() => listVersions(canvasId ?? ''));
  const [comparing, setComparing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const refresh = () => setList(listVersions(canvasId ?? ''));

  // Versions of canvases deleted since go with them (a cheap scan of key names).
  useEffect(() => pruneVersions(new Set(useCanvasStore.getState().order)), []);

  const save = (name: string) => {
    if (!canvas) return t('versions:problem.unknown');
    const result = saveVersion(canvas, name);
    if (!result.ok) return t(`versions:problem.${result.reason}`);
    refresh();
    return null;
  };
  const restore = (version: SavedVersion) => {
    if (!canvasId) return;
    useCanvasStore.getState().replaceCanvas(canvasId, version.canvas);
    setStatus(t('versions:list.restored', { name: version.name }));
  };
  const remove = (key: string, name: string) => {
    deleteVersion(key);
    refresh();
    setStatus(name ? t('versions:list.deleted', { name }) : '');
  };

  return (
    <Dialog title={t('versions:dialog.title')} onClose={onClose} size="wide">
      <p>{t('versions:dialog.intro')}</p>
      {canvasId && isLiveCanvas(canvasId) && <p>{t('versions:dialog.liveNote')}</p>}
      {canvas && (
        <NameForm
          maxLength={VERSION_NAME_MAX}
          label={t('versions:save.label')}
          placeholder={t('versions:save.placeholder')}
          submit={t('versions:save.submit')}
          onSubmit={save}
          done={(name) => t('versions:save.saved', { name })}
        />
      )}
      <h3>{t('versions:list.heading')}</h3>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {list.versions.length === 0 ? (
        <p>{t('versions:list.empty')}</p>
      ) : (
        <ul className="version-list">
          {list.versions.map((version) => (
            <li key={version.key} className="version-list__item">
              <p className="version-list__name">{version.name}</p>
              <p className="version-list__meta">
                {t('versions:list.savedAt', { date: formatWhen(version.savedAt, i18n.language) })}
              </p>
              <div className="version-list__actions">
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('versions:list.restoreLabel', { name: version.name })}
                  onClick={() => restore(version)}
                >
                  {t('versions:list.restore')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-expanded={comparing === version.key}
                  aria-label={t('versions:list.changesLabel', { name: version.name })}
                  onClick={() => setComparing((k) => (k === version.key ? null : version.key))}
                >
                  {t('versions:list.changes')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('versions:list.deleteLabel', { name: version.name })}
                  onClick={() => remove(version.key, version.name)}
                >
                  {t('versions:list.delete')}
                </button>
              </div>
              {comparing === version.key && canvas && (
                <ChangeList
                  before={version.canvas}
                  after={canvas}
                  heading={t('versions:changes.heading', { name: version.name })}
                  headingLevel="h4"
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {list.unreadable.map((key) => (
        <p key={key} className="version-list__damaged" role="note">
          {t('versions:list.damaged')}{' '}
          <button type="button" className="button button--small" onClick={() => remove(key, '')}>
            {t('versions:list.deleteDamaged')}
          </button>
        </p>
      ))}
    </Dialog>
  );
}
