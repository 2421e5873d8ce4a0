import { useTranslation } from 'react-i18next';

import type { Canvas, Finding } from '@/domain';

import { SeverityLabel } from './SeverityLabel';

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
            const values = { ...finding.values, currency: canvas.currency };
            return (
              <li
                key={`${finding.ruleId}-${index}`}
                className={`slide__finding slide__finding--${finding.severity}`}
              >
                <p className="slide__finding-head">
                  <SeverityLabel severity={finding.severity} />
                  <span className="slide__finding-title">{t(`rules:${finding.ruleId}.title`)}</span>
                </p>
                <p className="slide__finding-message">{t(finding.messageKey, values)}</p>
                {finding.suggestionKey && (
                  <p className="slide__finding-suggestion">{t(finding.suggestionKey, values)}</p>
                )}
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
