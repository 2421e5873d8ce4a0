import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { listMembers, type LiveErrorCode, type Member } from './api';

const REFRESH_MS = 5000;

type Props = {
  classId: string;
  instructorToken: string;
  onOpen: (member: Member) => void;
};

/**
 * The students who joined a class, refreshed every few seconds while shown. Reusable by the
 * class dashboard: it only needs the class and the instructor token.
 */
export function MemberList({ classId, instructorToken, onOpen }: Props) {
  const { t } = useTranslation();
  const [members, setMembers] = useState<Member[] | null>(null);
  const [error, setError] = useState<LiveErrorCode | null>(null);

  const refresh = useCallback(async () => {
    const result = await listMembers(classId, instructorToken);
    if (result.ok) {
      setMembers(result.value.members);
      setError(null);
    } else setError(result.error);
  }, [classId, instructorToken]);

  useEffect(() => {
    let active = true;
    const tick = () => void (active && refresh());
    tick();
    const timer = setInterval(tick, REFRESH_MS);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, [refresh]);

  return (
    <section className="live-members" aria-labelledby={`members-${classId}`}>
      <div className="live-members__head">
        <h3 id={`members-${classId}`}>{t('live:members.heading')}</h3>
        <button type="button" className="button button--small" onClick={() => void refresh()}>
          {t('live:members.refresh')}
        </button>
      </div>
      {error && (
        <p className="live-form__error" role="alert">
          {t(`live:errors.${error}`)}
        </p>
      )}
      <p role="status">
        {members === null
          ? t('live:members.loading')
          : members.length === 0
            ? t('live:members.empty')
            : t('live:members.count', { count: members.length })}
      </p>
      {members && members.length > 0 && (
        <ul className="live-members__list">
          {members.map((member) => {
            const name = member.displayName.trim() || t('live:members.unnamed');
            return (
              <li key={member.memberId} className="live-members__item">
                <span className="live-members__name">{name}</span>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onOpen(member)}
                  aria-label={t('live:members.openFor', { name })}
                >
                  {t('live:members.open')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
