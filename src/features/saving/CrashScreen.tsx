import { useTranslation } from '@/i18n/useTranslation';

import { downloadText } from '@/lib/download';
import { dumpRawStorage } from '@/persistence/rawData';
import { getStorage } from '@/persistence/safeStorage';

import './CrashScreen.css';

/** Shown instead of the app after a crash; it reads storage directly, never the app state. */
export function CrashScreen() {
  const { t } = useTranslation();
  const download = () => {
    const now = new Date();
    downloadText(
      `vinculo-data-${now.toISOString().slice(0, 10)}.json`,
      dumpRawStorage(getStorage(), now),
    );
  };
  return (
    <main className="crash-screen" aria-labelledby="crash-title">
      <h1 id="crash-title">{t('persistence:crash.title')}</h1>
      <p>{t('persistence:crash.body')}</p>
      <div className="crash-screen__actions">
        <button type="button" className="button button--primary" onClick={download}>
          {t('persistence:crash.download')}
        </button>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('persistence:crash.reload')}
        </button>
      </div>
      <p className="crash-screen__hint">{t('persistence:crash.downloadHint')}</p>
    </main>
  );
}
