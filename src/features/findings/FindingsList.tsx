import { useTranslation } from '@/i18n/useTranslation';

import { SEVERITIES, type Canvas, type Finding } from '@/domain';

import { FindingsGroup } from './FindingsGroup';
import './findings.css';

type Props = {
  canvas: Canvas;
  findings: readonly Finding[];
  /** heading level of the severity groups, so they nest under the caller's heading */
  headingLevel?: 3 | 4;
};

/** Findings grouped by severity (errors first), each group with its count. */
export function FindingsList({ canvas, findings, headingLevel = 3 }: Props) {
  const { t } = useTranslation();
  if (findings.length === 0) {
    return (
      <p className="findings__empty">
        {canvas.segments.length === 0
          ? t('results:findings.noSegments')
          : t('results:findings.none')}
      </p>
    );
  }
  const segments = new Map(canvas.segments.map((s) => [s.id, s]));
  // Keys that do not shift when a finding appears above: React keeps the other items.
  const seen = new Map<string, number>();
  const keyOf = (finding: Finding) => {
    const base = `${finding.ruleId}|${finding.segmentId ?? ''}|${finding.entityIds.join()}`;
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    return repeat === 0 ? base : `${base}#${repeat}`;
  };
  return (
    <div className="findings">
      {SEVERITIES.map((severity) => {
        const items = findings
          .filter((f) => f.severity === severity)
          .map((finding) => ({ key: keyOf(finding), finding }));
        if (items.length === 0) return null;
        return (
          <FindingsGroup
            key={severity}
            severity={severity}
            items={items}
            segments={segments}
            currency={canvas.currency}
            headingLevel={headingLevel}
          />
        );
      })}
    </div>
  );
}
