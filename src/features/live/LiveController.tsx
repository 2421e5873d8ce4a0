import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { Dialog } from '@/components/Dialog';
import { pruneLiveCanvases, readLiveSession } from '@/persistence/liveDocs';
import { useCanvasStore } from '@/store/canvasStore';

import { JoinForm } from './JoinForm';
import { LiveBar } from './LiveBar';
import { clearLiveLink, liveSnapshot, subscribeLive } from './liveSignal';
import { parseLiveLink } from './links';
import './live.css';

type Notice = { key: 'joined'; title: string } | { key: 'left' };

/** Loaded once a live link is followed or a live canvas is opened: the student's side. */
export default function LiveController() {
  const { t } = useTranslation();
  useSyncExternalStore(subscribeLive, liveSnapshot);
  const activeId = useCanvasStore((s) => s.activeId);
  const order = useCanvasStore((s) => s.order);
  const [notice, setNotice] = useState<Notice | null>(null);
  // Read on every render (one small record): the snapshot re-renders on every live change.
  const session = activeId ? readLiveSession(activeId) : null;
  const link = parseLiveLink(window.location.hash);

  // A deleted canvas takes its live record with it.
  useEffect(() => pruneLiveCanvases(new Set(order)), [order]);

  return (
    <>
      {session && (
        <LiveBar
          key={session.canvasId}
          session={session}
          onLeft={() => setNotice({ key: 'left' })}
        />
      )}
      {notice && (
        <p className="live-notice" role="status">
          {notice.key === 'joined'
            ? t('live:join.joined', { title: notice.title || t('live:dialog.untitled') })
            : t('live:bar.left')}{' '}
          <button type="button" className="button button--small" onClick={() => setNotice(null)}>
            {t('live:bar.dismiss')}
          </button>
        </p>
      )}
      {link && (
        <Dialog
          title={t(link.kind === 'join' ? 'live:join.title' : 'live:join.teamTitle')}
          onClose={clearLiveLink}
        >
          <JoinForm
            kind={link.kind}
            code={link.code}
            onCancel={clearLiveLink}
            onJoined={(title) => {
              clearLiveLink();
              setNotice({ key: 'joined', title });
            }}
          />
        </Dialog>
      )}
    </>
  );
}
