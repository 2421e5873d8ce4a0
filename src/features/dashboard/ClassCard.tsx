import { memo, useId } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { useFormat } from '@/hooks/useFormat';
import { SegmentTag } from '@/components/SegmentTag';
import { formatWhen } from '@/lib/formatWhen';

import { NO_RETENTION_RULE, type CanvasSummary } from './classSummary';
import { liveProblemKey } from './liveEntries';
import { SeverityLine } from './SeverityLine';

type Props = {
  summary: CanvasSummary;
  isCompared: boolean;
  /** false once four canvases are chosen for comparison (and this is not one of them) */
  canCompare: boolean;
  onCompare: (id: string, compared: boolean) => void;
  onPresent: (id: string) => void;
  onRemove: (id: string) => void;
  /** Opens the comments of a live canvas (absent for a dropped file). */
  onComments?: (id: string) => void;
  /** Opens a live canvas's hand-ins beside it (absent for a dropped file). */
  onHandins?: (id: string) => void;
};

/** One student's canvas at a glance: segments, their relationship types, figures and findings. */
export const ClassCard = memo(function ClassCard({
  summary,
  isCompared,
  canCompare,
  onCompare,
  onPresent,
  onRemove,
  onComments,
  onHandins,
}: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const { entry } = summary;
  const { canvas, live } = entry;
  const canvasName = canvas.name.trim() || t('editor:library.untitled');
  const name = entry.name || canvasName;
  const waiting = live !== undefined && !live.hasCanvas;
  const handins = entry.handins ?? [];
  const lastHandin = handins.at(-1);
  return (
    <article className="class-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="class-card__name">
        {name}
      </h2>
      {canvasName !== name && !waiting && <p className="class-card__canvas">{canvasName}</p>}
      {live && (
        <p className={`class-card__live class-card__live--${live.connection}`}>
          <span className="class-card__dot" aria-hidden="true" />
          {t(`dashboard:live.connection.${live.connection}`)}
          {live.problem && ` · ${t(`dashboard:live.problem.${liveProblemKey(live.problem)}`)}`}
        </p>
      )}
      {lastHandin && (
        <p className="class-card__handin">
          {t('versions:instructor.latest', {
            name: lastHandin.name,
            time: formatWhen(lastHandin.at, i18n.language),
          })}
        </p>
      )}
      {waiting ? (
        <p className="class-card__empty">{t('dashboard:live.waiting')}</p>
      ) : (
        <CardBody summary={summary} />
      )}
      <div className="class-card__actions">
        <label className="class-card__compare">
          <input
            type="checkbox"
            checked={isCompared}
            disabled={!isCompared && !canCompare}
            aria-label={t('dashboard:card.compareLabel', { name })}
            onChange={(event) => onCompare(entry.id, event.currentTarget.checked)}
          />{' '}
          {t('dashboard:card.compare')}
        </label>
        <button
          type="button"
          className="button button--small"
          onClick={() => onPresent(entry.id)}
          aria-label={t('dashboard:card.presentLabel', { name })}
        >
          {t('dashboard:card.present')}
        </button>
        {onComments && live?.hasCanvas && (
          <button
            type="button"
            className="button button--small"
            onClick={() => onComments(entry.id)}
            aria-label={
              live.openComments > 0
                ? t('dashboard:card.commentsOpenLabel', { name, count: live.openComments })
                : t('dashboard:card.commentsLabel', { name })
            }
          >
            {live.openComments > 0
              ? t('dashboard:card.commentsOpen', { count: live.openComments })
              : t('dashboard:card.comments')}
          </button>
        )}
        {onHandins && handins.length > 0 && (
          <button
            type="button"
            className="button button--small"
            onClick={() => onHandins(entry.id)}
            aria-label={t('versions:instructor.openLabel', { name })}
          >
            {t('versions:instructor.open', { count: handins.length })}
          </button>
        )}
        {!live && (
          // A live canvas belongs to the class: it stays while its student is a member.
          <button
            type="button"
            className="button button--small"
            onClick={() => onRemove(entry.id)}
            aria-label={t('dashboard:card.removeLabel', { name })}
          >
            {t('dashboard:card.remove')}
          </button>
        )}
      </div>
    </article>
  );
});

/** Figures, findings and segments of a canvas that is there to show. */
function CardBody({ summary }: { summary: CanvasSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { entry, evaluation, segments } = summary;
  const { canvas } = entry;
  return (
    <>
      <dl className="class-card__figures">
        <div>
          <dt>{t('dashboard:figure.revenue')}</dt>
          <dd>
            {t('dashboard:value.perMonth', {
              value: format.money(evaluation.totals.revenue, canvas.currency),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('dashboard:figure.costShare')}</dt>
          <dd>{format.percent(evaluation.totals.costShare)}</dd>
        </div>
      </dl>
      <SeverityLine counts={summary.counts} />
      {segments.length === 0 ? (
        <p className="class-card__empty">{t('dashboard:card.noSegments')}</p>
      ) : (
        <ul className="class-card__segments" aria-label={t('dashboard:card.segments')}>
          {segments.map(({ segment, types, findings }) => (
            <li key={segment.id} className="class-card__segment">
              <SegmentTag segment={segment} />
              <span className="class-card__types">
                {types.length === 0
                  ? t('dashboard:card.noRelationship')
                  : types.map((type) => t(`common:enum.relationshipType.${type}`)).join(' · ')}
              </span>
              {findings.some((f) => f.ruleId === NO_RETENTION_RULE) && (
                <span className="class-card__flag">{t('dashboard:card.noRetention')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
