/**
 * The CSV export: each segment's economics, then the findings, as two tables in one file.
 * Numbers come straight from the domain's evaluation in plain machine form (a dot for decimals,
 * ratios as 0..1), so a spreadsheet can compute with them.
 */
import type { TFunction } from 'i18next';

import type { Canvas, Evaluation, SegmentEconomics } from '@/domain';
import { findingText } from '@/lib/findingText';

import { csvDocument, type CsvValue } from './csv';

const METRICS = [
  'revenue',
  'relationshipCost',
  'costPerCustomer',
  'costShare',
  'contributionPerCustomer',
  'lifetimeMonths',
  'ltv',
  'cac',
  'ltvToCac',
  'paybackMonths',
  'breakEvenSize',
  'relationshipBudget',
  'headroom',
] as const satisfies readonly (keyof SegmentEconomics)[];

export function canvasCsv(canvas: Canvas, evaluation: Evaluation, t: TFunction): string {
  const segmentName = (id: string | undefined) =>
    canvas.segments.find((s) => s.id === id)?.name ?? '';
  const economics = evaluation.segments.map((e): CsvValue[] => {
    const segment = canvas.segments.find((s) => s.id === e.segmentId);
    return [
      segment?.name,
      segment?.label,
      segment?.size,
      canvas.currency,
      ...METRICS.map((m) => e[m]),
    ];
  });
  const findings = evaluation.findings.map((f): CsvValue[] => {
    const text = findingText(t, f, canvas.currency);
    return [
      t(`common:enum.severity.${f.severity}`),
      f.ruleId,
      segmentName(f.segmentId),
      text.message,
      text.suggestion ?? '',
    ];
  });
  return csvDocument([
    [t('persistence:csv.economics')],
    [
      t('persistence:csv.segment'),
      t('persistence:csv.label'),
      t('persistence:csv.size'),
      t('persistence:csv.currency'),
      ...METRICS.map((m) => t(`domain:metrics.${m}`)),
    ],
    ...economics,
    [],
    [t('persistence:csv.findings')],
    [
      t('persistence:csv.severity'),
      t('persistence:csv.rule'),
      t('persistence:csv.segment'),
      t('persistence:csv.message'),
      t('persistence:csv.suggestion'),
    ],
    ...findings,
  ]);
}
