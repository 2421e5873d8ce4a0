import { useTranslation } from '@/i18n/useTranslation';

import { SeverityLabel } from '@/components/Severity';
import type { Canvas, Finding } from '@/domain';
import { findingText } from '@/lib/findingText';

type Props = { canvas: Canvas; findings: readonly Finding[]; revealed: number };

/** Findings the presenter reveals one by one; the rest wait behind a count. */
export function FindingsSlide({ canvas, findings, revealed }: Props) {
  const { t } = useTranslation();
  if (findings.length === 0)
    return <p className="slide__empty">{t('classroom:present.noFindings')}</p>;
  const hidden = findings.length - revealed;
  return (
    <div className="slide__body">
      {revealed > 0 && (
        <ol className="slide__findings">
          {findings.slice(0, revealed).map((finding, index) => {
            const text = findingText(t, finding, canvas.currency);
            return (
              <li
                key={`${finding.ruleId}-${index}`}
                className={`slide__finding slide__finding--${finding.severity}`}
              >
                <p className="slide__finding-head">
                  <SeverityLabel severity={finding.severity} />
                  <span className="slide__finding-title">{text.title}</span>
                </p>
                <p className="slide__finding-message">{text.message}</p>
                {text.suggestion && <p className="slide__finding-suggestion">{text.suggestion}</p>}
              </li>
            );
          })}
        </ol>
      )}
      {hidden > 0 && (
        <p className="slide__more">{t('classroom:present.moreFindings', { count: hidden })}</p>
      )}
    </div>
  );
}
