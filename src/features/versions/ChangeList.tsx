import { useMemo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { Canvas } from '@/domain';
import { diffCanvases } from '@/domain/canvasDiff';

import { changeText } from './changeText';

type Props = { before: Canvas; after: Canvas; heading: string; headingLevel?: 'h3' | 'h4' };

/** What changed from `before` (a version, a hand-in) to `after` (the canvas now), in words. */
export function ChangeList({ before, after, heading, headingLevel: Heading = 'h3' }: Props) {
  const { t } = useTranslation();
  const changes = useMemo(() => diffCanvases(before, after), [before, after]);
  return (
    <section className="change-list" aria-label={heading}>
      <Heading className="change-list__heading">
        {heading}{' '}
        <span className="change-list__count">
          ({t('versions:changes.count', { count: changes.length })})
        </span>
      </Heading>
      {changes.length === 0 ? (
        <p>{t('versions:changes.none')}</p>
      ) : (
        <ul className="change-list__items">
          {changes.map((change, i) => (
            <li key={`${change.key}:${change.entityId ?? ''}:${i}`}>
              {changeText(t, change, after.currency)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
