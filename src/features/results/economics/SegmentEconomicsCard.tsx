import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { SegmentBreakEven } from '@/components/breakEven/SegmentBreakEven';
import { SegmentTag } from '@/components/SegmentTag';
import type { RuleId, SegmentEconomics } from '@/domain';
import { metricFieldId } from '@/features/findingTargets';
import { TryScenarioButton } from '@/features/scenarios';
import { useFormat } from '@/hooks/useFormat';
import { evaluationSelectors, type Results } from '@/store/selectors';

import { BudgetSummary } from './BudgetSummary';
import { MetricRow } from './MetricRow';
import { RelationshipBreakdown } from './RelationshipBreakdown';
import { TargetNote } from './TargetNote';
import './economics.css';

type Props = {
  /** the version its panel shows (`useResults`), never read here from the store */
  results: Results;
  segmentId: string;
  /**
   * Give each figure its DOM id (`metricFieldId`) so findings can take the user there. Only
   * one card per segment may do so at a time: the workbench's, not the results panel's.
   */
  fieldIds?: boolean;
  headingLevel?: 3 | 4;
};

type Metric = keyof SegmentEconomics & string;

/** A segment's unit economics: every figure opens into the domain's calculation steps. */
export function SegmentEconomicsCard({
  results,
  segmentId,
  fieldIds = false,
  headingLevel = 3,
}: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { canvas, evaluation } = results;
  const segment = canvas.segments.find((s) => s.id === segmentId);
  const economics = evaluationSelectors.economicsOf(evaluation, segmentId);
  if (!segment || !economics) return null;

  const { currency } = canvas;
  const { rules } = canvas.settings;
  const firing = new Set(
    evaluation.findings.filter((f) => f.segmentId === segmentId).map((f) => f.ruleId),
  );
  /** The target is missed when the domain's rule for it fires; no figure is compared here. */
  const meets = (metric: Metric, ruleId: RuleId) =>
    economics[metric] === null ? null : !firing.has(ruleId);
  const row = (metric: Metric, label: string, value: string, note?: ReactNode) => {
    const reason = economics.nullReasons[metric];
    const reasonText = reason ? t(`domain:nullReasons.${reason}`) : null;
    return (
      <MetricRow
        key={metric}
        id={fieldIds ? metricFieldId(segmentId, metric) : undefined}
        label={label}
        value={value}
        steps={economics.explain[metric] ?? []}
        currency={currency}
        // a break-even that is never reached says so first, then why (§9.2)
        nullReason={
          reasonText && metric === 'breakEvenSize' && reason === 'no_variable_margin'
            ? `${t('numbers:economics.breakEvenNever')}: ${reasonText}`
            : reasonText
        }
        note={note}
      />
    );
  };
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const SubHeading = headingLevel === 3 ? 'h4' : 'h5';
  const headroom = economics.headroom;

  return (
    <article
      className="economics-card"
      aria-label={t('results:economics.cardLabel', { segment: segment.name || segment.label })}
    >
      <header className="economics-card__header">
        <Heading className="economics-card__title">
          <SegmentTag segment={segment} />
        </Heading>
        <TryScenarioButton segmentId={segmentId} />
      </header>
      <BudgetSummary economics={economics} currency={currency} format={format} />

      <SubHeading className="economics-card__section">
        {t('results:economics.costSection')}
      </SubHeading>
      <dl className="metrics">
        {row(
          'costPerCustomer',
          t('domain:metrics.costPerCustomer'),
          format.perMonth(economics.costPerCustomer, currency),
        )}
        {row(
          'relationshipBudget',
          t('domain:metrics.relationshipBudget'),
          format.perMonth(economics.relationshipBudget, currency),
        )}
        {row(
          'headroom',
          t('domain:metrics.headroom'),
          headroom !== null && headroom < 0
            ? t('results:budget.over', { value: format.money(Math.abs(headroom), currency) })
            : format.money(headroom, currency),
        )}
        {row(
          'costShare',
          t('domain:metrics.costShare'),
          format.percent(economics.costShare),
          <TargetNote
            met={meets('costShare', 'CR24')}
            text={t('results:target.costShare', { value: format.percent(rules.maxCostShare) })}
          />,
        )}
        {row(
          'relationshipCost',
          t('domain:metrics.relationshipCost'),
          format.perMonth(economics.relationshipCost, currency),
        )}
      </dl>
      <SubHeading className="economics-card__section">
        {t('results:economics.breakdownSection')}
      </SubHeading>
      <RelationshipBreakdown breakdown={economics.breakdown} currency={currency} format={format} />

      <SubHeading className="economics-card__section">
        {t('results:economics.valueSection')}
      </SubHeading>
      <dl className="metrics">
        {row('revenue', t('domain:metrics.revenue'), format.perMonth(economics.revenue, currency))}
        {row(
          'channelCost',
          t('domain:metrics.channelCost'),
          format.perMonth(economics.channelCost, currency),
          t('numbers:economics.channelCostNote'),
        )}
        {row(
          'contributionPerCustomer',
          t('domain:metrics.contributionPerCustomer'),
          format.perMonth(economics.contributionPerCustomer, currency),
        )}
        {row('ltv', t('domain:metrics.ltv'), format.money(economics.ltv, currency))}
        {row(
          'ltvWithGrowth',
          t('domain:metrics.ltvWithGrowth'),
          format.money(economics.ltvWithGrowth, currency),
          t('numbers:economics.ltvWithGrowthNote'),
        )}
        {row(
          'ltvDiscounted',
          t('domain:metrics.ltvDiscounted'),
          format.money(economics.ltvDiscounted, currency),
          t('numbers:economics.ltvDiscountedNote'),
        )}
        {row(
          'cac',
          t('domain:metrics.cac'),
          format.money(economics.cac, currency),
          t('results:economics.cacSource', {
            source: t(`domain:cacSources.${economics.cacSource}`),
          }),
        )}
        {row(
          'ltvToCac',
          t('domain:metrics.ltvToCac'),
          format.ratio(economics.ltvToCac),
          <TargetNote
            met={meets('ltvToCac', 'CR25')}
            text={t('results:target.ltvToCac', { value: format.decimal(rules.ltvCacTarget, 1) })}
          />,
        )}
        {row(
          'paybackMonths',
          t('domain:metrics.paybackMonths'),
          format.months(economics.paybackMonths),
          <TargetNote
            met={meets('paybackMonths', 'CR26')}
            text={t('results:target.paybackMonths', {
              value: format.months(rules.paybackMaxMonths),
            })}
          />,
        )}
        {row(
          'breakEvenSize',
          t('domain:metrics.breakEvenSize'),
          format.customers(economics.breakEvenSize),
        )}
      </dl>
      <SubHeading className="economics-card__section">
        {t('numbers:economics.breakEvenSection')}
      </SubHeading>
      <SegmentBreakEven
        canvas={canvas}
        economics={economics}
        subject={segment.name || segment.label || t('numbers:questions.segment')}
      />
    </article>
  );
}
