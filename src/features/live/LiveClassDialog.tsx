import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { Dialog } from '@/components/Dialog';
import { readInstructorClasses, type InstructorClass } from '@/persistence/liveDocs';

import { CreateClassForm } from './CreateClassForm';
import { JoinForm } from './JoinForm';
import './live.css';

type Props = {
  onClose: () => void;
  /** The instructor follows the class on the class dashboard; app/ wires it. */
  onOpenClass: (entry: InstructorClass) => void;
};

/**
 * "Live class" from the Classroom menu: an instructor creates a class (or reopens one created
 * in this browser) and lands on its dashboard; a student types a code to join one.
 */
export default function LiveClassDialog({ onClose, onOpenClass }: Props) {
  const { t } = useTranslation();
  const [classes] = useState(readInstructorClasses);
  const setOpen = (entry: InstructorClass) => {
    onClose();
    onOpenClass(entry);
  };
  const titleOf = (entry: InstructorClass) => entry.title.trim() || t('live:dialog.untitled');
  return (
    <Dialog title={t('live:dialog.title')} onClose={onClose} size="wide">
      <div className="live-dialog">
        <p>{t('live:dialog.intro')}</p>
        <section aria-labelledby="live-start">
          <h3 id="live-start">{t('live:dialog.start')}</h3>
          <CreateClassForm onCreated={setOpen} />
          {classes.length > 0 && (
            <>
              <h4>{t('live:dialog.yourClasses')}</h4>
              <ul className="live-dialog__classes">
                {classes.map((entry) => (
                  <li key={entry.classId}>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setOpen(entry)}
                    >
                      {t('live:dialog.openClass', { title: titleOf(entry) })}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="live-join">
          <h3 id="live-join">{t('live:dialog.join')}</h3>
          <JoinForm kind="join" onJoined={onClose} />
        </section>
      </div>
    </Dialog>
  );
}
