import { useTranslation } from '@/i18n/useTranslation';

import { HANDIN_NAME_MAX } from '@/collab/handins';

import { NameForm } from './NameForm';
import './versions.css';

type Props = {
  /** Hands in under the name; returns a problem sentence, or null once handed in. */
  onHandIn: (name: string) => string | null;
  onCancel: () => void;
};

/** The student's "Hand in": a name for the canvas as it is now. */
export default function HandinForm({ onHandIn, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <div className="handin-form">
      <p>{t('versions:handin.intro')}</p>
      <NameForm
        maxLength={HANDIN_NAME_MAX}
        focusOnShow
        label={t('versions:handin.label')}
        placeholder={t('versions:handin.placeholder')}
        submit={t('versions:handin.submit')}
        cancel={t('versions:handin.cancel')}
        onCancel={onCancel}
        onSubmit={onHandIn}
        done={(name) =>
          t('versions:handin.done', {
            name,
            time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date()),
          })
        }
      />
    </div>
  );
}
