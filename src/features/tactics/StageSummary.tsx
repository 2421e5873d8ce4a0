import { memo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { TacticStage } from '@/domain';
import { evaluationSelectors, useResults } from '@/store/selectors';

type Props = { stage: TacticStage; segmentId: string; currency: string };

/**
 * A stage's monthly total, once edits pause (settled); the fields answer at once. It reads the
 * settled results itself, so their render is this line, not the planner.
 */
export const StageSummary = memo(function StageSummary({ stage, segmentId, currency }: Props) {
  const { t } = useTranslation();
  const evaluation = useResults('settled')?.evaluation ?? null;
  const economics = evaluationSelectors.economicsOf(evaluation, segmentId);
  if (!economics) return null;
  let text: string;
  if (stage === 'get') {
    const { acquisitionSpend: spend, cac, cacSource } = economics;
    const spent = t('workbench:tactics.get.summary', { spend, currency });
    text =
      cac === null
        ? spent
        : `${spent} ${t('workbench:tactics.get.cac', { cac, currency, source: t(`domain:cacSources.${cacSource}`) })}`;
  } else if (stage === 'keep') {
    text = t('workbench:tactics.keep.summary', { cost: economics.keepTacticsMonthly, currency });
  } else {
    text = t('workbench:tactics.grow.summary', { cost: economics.growTacticsMonthly, currency });
  }
  return (
    <p className="stage__summary" aria-live="polite">
      {text}
    </p>
  );
});
