import { useTranslation } from '@/i18n/useTranslation';

import { CopyField } from './CopyField';
import { formatCode, liveLink } from './links';
import './live.css';

type Props = { classId: string; joinCode: string };

/** How students join a class: the link to send and the code to type, each with a copy button. */
export default function ClassInvite({ classId, joinCode }: Props) {
  const { t } = useTranslation();
  return (
    <section className="live-invite" aria-labelledby={`invite-${classId}`}>
      <h3 id={`invite-${classId}`}>{t('live:invite.heading')}</h3>
      <CopyField
        label={t('live:invite.link')}
        value={liveLink('join', joinCode)}
        copyLabel={t('live:invite.copyLink')}
      />
      <CopyField
        label={t('live:invite.code')}
        value={formatCode(joinCode)}
        copyLabel={t('live:invite.copyCode')}
      />
    </section>
  );
}
