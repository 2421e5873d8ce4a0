/**
 * The CSV export: each segment's economics, then the findings, as two tables in one file.
 * Numbers come from the domain's evaluation in plain machine form (a dot for decimals, ratios
 * as 0..1), so a spreadsheet can compute with them, rounded by §9.8's one rule (roundFigure) so
 * they read as on screen: a break-even of 166.2 is 167 here too.
 */
import type { TFunction } from 'i18next';

import {
  roundFigure,
  type Canvas,
  type Evaluation,
  type FigureKind,
  type SegmentEconomics,
} from '@/domain';
import { findingText } from '@/lib/findingText';

import { csvDocument, type CsvValue } from './csv';

/** Each exported figure and how it is rounded. */
const METRICS = [
  ['revenue', 'money'],
  ['relationshipCost', 'money'],
  ['channelCost', 'money'],
  ['costPerCustomer', 'money'],
  ['costShare', 'percent'],
  ['contributionPerCustomer', 'money'],
  ['lifetimeMonths', 'months'],
  ['ltv', 'money'],
  ['ltvWithGrowth', 'money'],
  ['ltvDiscounted', 'money'],
  ['cac', 'money'],
  ['ltvToCac', 'decimal'],
  ['paybackMonths', 'months'],
  ['breakEvenSize', 'threshold'],
  ['relationshipBudget', 'money'],
  ['headroom', 'money'],
] as const satisfies readonly (readonly [keyof SegmentEconomics, FigureKind])[];

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
      ...METRICS.map(([metric, kind]): CsvValue => {
        // a break-even never reached is a word, as on screen (§9.2); other gaps stay empty
        if (metric === 'breakEvenSize' && e.nullReasons.breakEvenSize === 'no_variable_margin')
          return t('numbers:economics.breakEvenNever');
        return roundFigure(kind, e[metric], canvas.currency);
      }),
    ];
  });
  const findings = evaluation.findings.map((f): CsvValue[] => {
    const text = findingText(t, f, canvas.currency);
    return [
      t(`enums:severity.${f.severity}`),
      f.ruleId,
      segmentName(f.segmentId),
      text.message,
      text.suggestion ?? '',
    ];
  });
  return csvDocument([
    [t('exchange:csv.economics')],
    [
      t('exchange:csv.segment'),
      t('exchange:csv.label'),
      t('exchange:csv.size'),
      t('exchange:csv.currency'),
      ...METRICS.map(([metric]) => t(`domain:metrics.${metric}`)),
    ],
    ...economics,
    [],
    [t('exchange:csv.findings')],
    [
      t('exchange:csv.severity'),
      t('exchange:csv.rule'),
      t('exchange:csv.segment'),
      t('exchange:csv.message'),
      t('exchange:csv.suggestion'),
    ],
    ...findings,
  ]);
}
