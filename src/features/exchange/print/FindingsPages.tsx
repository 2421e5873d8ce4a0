import { useTranslation } from '@/i18n/useTranslation';

import { SegmentTag } from '@/components/SegmentTag';
import { SeverityLabel } from '@/components/Severity';
import type { Canvas, Evaluation, Finding } from '@/domain';
import { findingText } from '@/lib/findingText';

type Props = { canvas: Canvas; evaluation: Evaluation };

/** Every finding, grouped by segment, with its message and suggestion, for reading on paper. */
export function FindingsPages({ canvas, evaluation }: Props) {
  const { t } = useTranslation();
  const groups = [
    ...canvas.segments.map((segment) => ({
      key: segment.id,
      heading: <SegmentTag segment={segment} />,
      findings: evaluation.findings.filter((f) => f.segmentId === segment.id),
    })),
    {
      key: 'canvas',
      heading: t('classroom:present.canvasFindingsTitle'),
      findings: evaluation.findings.filter(
        (f) => !canvas.segments.some((s) => s.id === f.segmentId),
      ),
    },
  ].filter((group) => group.findings.length > 0);
  const render = (finding: Finding, index: number) => {
    const text = findingText(t, finding, canvas.currency);
    return (
      <li
        key={`${finding.ruleId}-${index}`}
        className={`print-finding print-finding--${finding.severity}`}
      >
        <p className="print-finding__head">
          <SeverityLabel severity={finding.severity} /> <strong>{text.title}</strong>
        </p>
        <p>{text.message}</p>
        {text.suggestion && <p className="print-finding__suggestion">{text.suggestion}</p>}
      </li>
    );
  };
  return (
    <section className="print-page print-section">
      <h2 className="print-section__title">{t('classroom:print.page.findings')}</h2>
      {groups.length === 0 && <p>{t('classroom:present.noFindings')}</p>}
      {groups.map((group) => (
        <section key={group.key} className="print-findings">
          <h3 className="print-findings__title">{group.heading}</h3>
          <ul className="print-findings__list">{group.findings.map(render)}</ul>
        </section>
      ))}
    </section>
  );
}
