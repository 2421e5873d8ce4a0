import { useTranslation } from '@/i18n/useTranslation';

import type { Canvas } from '@/domain';
import { SegmentTag } from '@/components/SegmentTag';

type Props = { example: Canvas; teaches: readonly string[]; onOpen: () => void };

/** One example: its story, the rules it teaches and a way to open a copy of it. */
export function ExampleCard({ example, teaches, onOpen }: Props) {
  const { t } = useTranslation();
  const headingId = `example-${example.id}-title`;
  return (
    <li className="example-card">
      <h3 id={headingId} className="example-card__title">
        {example.name}
      </h3>
      <p className="example-card__story">{t(`classroom:gallery.story.${example.id}`)}</p>
      <p className="example-card__segments">
        {example.segments.map((segment) => (
          <SegmentTag key={segment.id} segment={segment} />
        ))}
      </p>
      <h4 className="example-card__subtitle">{t('classroom:gallery.teaches')}</h4>
      <ul className="example-card__rules">
        {teaches.map((ruleId) => (
          <li key={ruleId}>{t(`rules:${ruleId}.title`)}</li>
        ))}
      </ul>
      {example.description && (
        <details className="example-card__notes">
          <summary>{t('classroom:gallery.instructorNotes')}</summary>
          <p>{example.description}</p>
        </details>
      )}
      <button
        type="button"
        className="button button--primary example-card__open"
        onClick={onOpen}
        aria-label={t('classroom:gallery.openNamed', { name: example.name })}
      >
        {t('classroom:gallery.open')}
      </button>
    </li>
  );
}
