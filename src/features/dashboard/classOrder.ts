/** Sorting and filtering the class's cards: plain functions over the cards' summaries. */
import type { RelationshipType } from '@/domain';

import type { CanvasSummary } from './classSummary';

export const SORT_KEYS = [
  'name',
  'errors',
  'warnings',
  'hints',
  'revenue',
  'costShare',
  'segments',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export type ClassFilter = {
  /** matched against the student's name, the canvas name and the segments' names */
  text: string;
  findings: 'any' | 'errors' | 'warnings' | 'none';
  /** only canvases with a segment that has no retention plan */
  noRetention: boolean;
  type: RelationshipType | 'any';
};

export const NO_FILTER: ClassFilter = {
  text: '',
  findings: 'any',
  noRetention: false,
  type: 'any',
};

type Figure = (s: CanvasSummary) => number | null;

// Every figure but the name sorts largest first: "most errors first" is what a teacher looks for.
const FIGURES: Record<Exclude<SortKey, 'name'>, Figure> = {
  errors: (s) => s.counts.error,
  warnings: (s) => s.counts.warning,
  hints: (s) => s.counts.hint,
  revenue: (s) => s.evaluation.totals.revenue,
  costShare: (s) => s.evaluation.totals.costShare,
  segments: (s) => s.segments.length,
};

/** A sorted copy; ties and missing figures (a cost share without revenue) go by name. */
export function sortSummaries(
  list: readonly CanvasSummary[],
  key: SortKey,
  locale: string,
): CanvasSummary[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: CanvasSummary, b: CanvasSummary) =>
    collator.compare(a.entry.name, b.entry.name);
  if (key === 'name') return [...list].sort(byName);
  const figure = FIGURES[key];
  return [...list].sort((a, b) => {
    const x = figure(a);
    const y = figure(b);
    if (x === y) return byName(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    return y - x;
  });
}

export function filterSummaries(
  list: readonly CanvasSummary[],
  filter: ClassFilter,
  locale: string,
): CanvasSummary[] {
  const needle = filter.text.trim().toLocaleLowerCase(locale);
  const matchesText = (s: CanvasSummary) =>
    [s.entry.name, s.entry.canvas.name, ...s.segments.map((seg) => seg.segment.name)].some((text) =>
      text.toLocaleLowerCase(locale).includes(needle),
    );
  return list.filter(
    (s) =>
      (needle === '' || matchesText(s)) &&
      (filter.findings === 'any' ||
        (filter.findings === 'errors' && s.counts.error > 0) ||
        (filter.findings === 'warnings' && s.counts.warning > 0) ||
        (filter.findings === 'none' && s.evaluation.findings.length === 0)) &&
      (!filter.noRetention || s.noRetention > 0) &&
      (filter.type === 'any' ||
        s.segments.some((seg) => seg.types.includes(filter.type as RelationshipType))),
  );
}
