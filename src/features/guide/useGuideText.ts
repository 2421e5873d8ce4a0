import { useTranslation } from '@/i18n/useTranslation';

import { useFormat } from '@/hooks/useFormat';
import { useResults } from '@/store/selectors';

import type { GuideStep } from './guideSteps';

/** A step's title and text, plus a line about the user's own canvas where there is one. */
export function useGuideText(step: GuideStep) {
  const { t } = useTranslation();
  const format = useFormat();
  const results = useResults('live');
  const canvas = results?.canvas;
  const evaluation = results?.evaluation;
  const firstSegment = canvas?.segments[0];
  const yours = (() => {
    if (!canvas) return null;
    switch (step.id) {
      case 'expected':
        return firstSegment
          ? t('classroom:guide.yours.expected', {
              segment: firstSegment.name || t('classroom:present.unnamedSegment'),
            })
          : t('classroom:guide.yours.noSegments');
      case 'established':
        return t('classroom:guide.yours.established', { count: canvas.relationships.length });
      case 'cost':
        return evaluation && evaluation.totals.relationshipCost > 0
          ? t('classroom:guide.yours.cost', {
              value: format.money(evaluation.totals.relationshipCost, canvas.currency),
            })
          : null;
      case 'integrated':
        return t('classroom:guide.yours.integrated', { count: canvas.channels.length });
      case 'get':
      case 'keep':
      case 'grow': {
        const count = canvas.tactics.filter((tactic) => tactic.stage === step.id).length;
        return t('classroom:guide.yours.tactics', {
          count,
          stage: t(`common:enum.stage.${step.id}`),
        });
      }
      default:
        return null;
    }
  })();
  return {
    title: t(`classroom:guide.step.${step.id}.title`),
    body: t(`classroom:guide.step.${step.id}.body`),
    yours,
  };
}
