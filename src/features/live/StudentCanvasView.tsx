import { useTranslation } from 'react-i18next';

import type { Member } from './api';
import { CanvasReadOnly } from './CanvasReadOnly';
import { LiveBadge } from './LiveBadge';
import { problemText } from './messages';
import { useLiveDocument } from './useLiveDocument';

type Props = { member: Member; instructorToken: string; onBack: () => void };

/** The instructor's read-only view of one student's canvas, updated as the student types. */
export function StudentCanvasView({ member, instructorToken, onBack }: Props) {
  const { t } = useTranslation();
  const { canvas, status, problem } = useLiveDocument(member.documentName, instructorToken);
  const name = member.displayName.trim() || t('live:members.unnamed');
  return (
    <section className="live-viewer" aria-labelledby="live-viewer-title">
      <div className="live-viewer__head">
        <button type="button" className="button button--small" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {t('live:viewer.back')}
        </button>
        <LiveBadge status={status} />
      </div>
      <h3 id="live-viewer-title">{t('live:viewer.heading', { name })}</h3>
      <p className="live-viewer__note">{t('live:viewer.readOnly')}</p>
      {problem && (
        <p className="live-form__error" role="alert">
          {problemText(t, problem)}
        </p>
      )}
      {canvas ? <CanvasReadOnly canvas={canvas} /> : <p>{t('live:viewer.waiting')}</p>}
    </section>
  );
}
