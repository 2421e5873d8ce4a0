import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { InstructorClass } from '@/persistence/liveDocs';

import type { Member } from './api';
import { CopyField } from './CopyField';
import { formatCode, liveLink } from './links';
import { MemberList } from './MemberList';
import { StudentCanvasView } from './StudentCanvasView';

/** One class, instructor's side: how students join, who joined, and each one's canvas. */
export function ClassPanel({ entry }: { entry: InstructorClass }) {
  const { t } = useTranslation();
  const [viewing, setViewing] = useState<Member | null>(null);
  return (
    <div className="live-class">
      <h3 className="live-class__title">{entry.title.trim() || t('live:dialog.untitled')}</h3>
      {viewing ? (
        <StudentCanvasView
          key={viewing.documentName}
          member={viewing}
          instructorToken={entry.instructorToken}
          onBack={() => setViewing(null)}
        />
      ) : (
        <>
          <section className="live-invite" aria-labelledby={`invite-${entry.classId}`}>
            <h4 id={`invite-${entry.classId}`}>{t('live:invite.heading')}</h4>
            <CopyField
              label={t('live:invite.link')}
              value={liveLink('join', entry.joinCode)}
              copyLabel={t('live:invite.copyLink')}
            />
            <CopyField
              label={t('live:invite.code')}
              value={formatCode(entry.joinCode)}
              copyLabel={t('live:invite.copyCode')}
            />
          </section>
          <MemberList
            classId={entry.classId}
            instructorToken={entry.instructorToken}
            onOpen={setViewing}
          />
        </>
      )}
    </div>
  );
}
