import { useTranslation } from '@/i18n/useTranslation';

import { TACTIC_STAGES, type Canvas, type Evaluation, type Segment } from '@/domain';
import { useFormat } from '@/hooks/useFormat';
import { evaluationSelectors } from '@/store/selectors';

type Props = { canvas: Canvas; evaluation: Evaluation; segment: Segment };

/** One segment's relationships: what it expects, what it gets, through which channels, at what cost. */
export function RelationshipsSlide({ canvas, evaluation, segment }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const relationships = canvas.relationships.filter((r) => r.segmentId === segment.id);
  const breakdown = evaluationSelectors.economicsOf(evaluation, segment.id)?.breakdown ?? [];
  const tactics = canvas.tactics.filter((tactic) => tactic.segmentId === segment.id);
  const channelNames = (ids: readonly string[]) =>
    canvas.channels
      .filter((c) => ids.includes(c.id))
      .map((c) => c.name || t(`common:enum.channelKind.${c.kind}`));

  return (
    <div className="slide__body">
      <p className="slide__lead">
        {segment.expectedRelationships.length > 0
          ? t('classroom:present.expects', { types: segment.expectedRelationships.join(',') })
          : t('classroom:present.expectsUnknown')}
      </p>
      {relationships.length === 0 ? (
        <p className="slide__empty">{t('classroom:present.noRelationships')}</p>
      ) : (
        <ul className="slide__cards">
          {relationships.map((relationship) => {
            const cost = breakdown.find((b) => b.relationshipId === relationship.id);
            const channels = channelNames(relationship.channelIds);
            return (
              <li key={relationship.id} className="slide__card">
                <h3 className="slide__card-title">
                  {t(`common:enum.relationshipType.${relationship.type}`)}
                </h3>
                <p>
                  {t(`common:enum.status.${relationship.status}`)}
                  {relationship.purposes.length > 0 &&
                    ` · ${relationship.purposes.map((p) => t(`enums:purpose.${p}`)).join(', ')}`}
                </p>
                <p>
                  {t('classroom:present.coverage', {
                    value: format.percent(relationship.coverage),
                  })}
                </p>
                <p>
                  {channels.length > 0
                    ? t('classroom:present.through', { channels: channels.join(', ') })
                    : t('classroom:present.noChannel')}
                </p>
                {cost && (
                  <p className="slide__card-figure">
                    {format.perMonth(cost.total, canvas.currency)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {tactics.length > 0 && (
        <dl className="slide__stages">
          {TACTIC_STAGES.map((stage) => {
            const kinds = tactics
              .filter((tactic) => tactic.stage === stage)
              .map((tactic) => t(`enums:tacticKind.${tactic.kind}`));
            return (
              <div key={stage} className="slide__stage">
                <dt>{t(`common:enum.stage.${stage}`)}</dt>
                <dd>{kinds.length > 0 ? kinds.join(', ') : t('classroom:present.noTactics')}</dd>
              </div>
            );
          })}
        </dl>
      )}
    </div>
  );
}
