/**
 * The class as CSV for grading: one row per segment, with whose canvas it is. Figures come from
 * the domain's evaluation in machine form (a dot for decimals, ratios as 0..1), as in the
 * single-canvas CSV, and every cell goes through the same injection-safe encoder.
 */
import type { TFunction } from 'i18next';

import { SEVERITIES, type SegmentEconomics } from '@/domain';
import { csvDocument, type CsvValue } from '@/features/exchange';

import type { CanvasSummary, SegmentSummary } from './classSummary';

const METRICS = [
  'revenue',
  'relationshipCost',
  'costPerCustomer',
  'costShare',
  'ltv',
  'cac',
  'ltvToCac',
  'paybackMonths',
] as const satisfies readonly (keyof SegmentEconomics)[];

export function classCsv(summaries: readonly CanvasSummary[], t: TFunction): string {
  const header = [
    t('dashboard:csv.student'),
    t('dashboard:csv.canvas'),
    t('dashboard:csv.segment'),
    t('dashboard:csv.types'),
    t('dashboard:csv.customers'),
    t('dashboard:csv.currency'),
    ...METRICS.map((m) => t(`domain:metrics.${m}`)),
    ...SEVERITIES.map((s) => t(`dashboard:csv.count.${s}`)),
    t('dashboard:csv.rules'),
  ];
  const rows = summaries.flatMap(({ entry, segments }) => {
    const row = (s: SegmentSummary | null): CsvValue[] => [
      entry.name,
      entry.canvas.name,
      s?.segment.name,
      s?.types.map((type) => t(`common:enum.relationshipType.${type}`)).join('; '),
      s?.segment.size,
      entry.canvas.currency,
      ...METRICS.map((m) => s?.economics?.[m]),
      ...SEVERITIES.map((severity) => s?.counts[severity]),
      s ? [...new Set(s.findings.map((f) => f.ruleId))].join(' ') : null,
    ];
    // A canvas without segments still gets its row: the student is on the list.
    return segments.length === 0 ? [row(null)] : segments.map(row);
  });
  return csvDocument([header, ...rows]);
}
