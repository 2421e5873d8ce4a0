import { memo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { Finding, Segment } from '@/domain';
import { SegmentTag } from '@/components/SegmentTag';
import { targetOfFinding } from '@/features/findingTargets';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/selectors';
import { useUiStore } from '@/store/uiStore';

import { findingText } from '@/lib/findingText';
import { SeverityIcon } from '@/components/Severity';

type Props = { finding: Finding; segment: Segment | undefined; currency: string };

/**
 * One finding: what is wrong, why it matters, what to try, and a way to the field.
 * Memoised: findings that read the same across edits keep their object (see evaluationOf), so
 * a long list re-renders only what changed.
 */
export const FindingItem = memo(function FindingItem({ finding, segment, currency }: Props) {
  const { t } = useTranslation();
  const openPanel = useUiStore((s) => s.openPanel);
  const text = findingText(t, finding, currency);
  const goTo = () => {
    const canvas = canvasSelectors.active(useCanvasStore.getState());
    if (!canvas) return;
    const { panel, focusTarget } = targetOfFinding(finding, canvas);
    openPanel(panel, focusTarget);
  };
  return (
    <li className={`finding finding--${finding.severity}`} tabIndex={-1}>
      <p className="finding__head">
        <SeverityIcon severity={finding.severity} />
        <span className="finding__severity">{t(`results:severity.${finding.severity}`)}</span>
        {segment && <SegmentTag segment={segment} />}
      </p>
      <p className="finding__message">{text.message}</p>
      {text.explanation && (
        <details className="finding__why">
          <summary>{t('results:findings.why')}</summary>
          <p>{text.explanation}</p>
        </details>
      )}
      {text.suggestion && (
        <p className="finding__suggestion">
          <strong>{t('results:findings.tryThis')}</strong> {text.suggestion}
        </p>
      )}
      <button type="button" className="button button--small" onClick={goTo}>
        {t('results:findings.goToField')}
        <span className="visually-hidden">: {text.title}</span>
      </button>
    </li>
  );
});
