import { useId } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { BreakEvenPoint } from '@/domain';
import { useFormat } from '@/hooks/useFormat';

import { BreakEvenTable } from './BreakEvenTable';
import './breakEven.css';

type Props = {
  /** the domain's `breakEvenCurve` points; drawn as they are */
  points: readonly BreakEvenPoint[];
  /** the domain's break-even size, already rounded for display; null: never */
  breakEven: { size: number; text: string } | null;
  currency: string;
  /** e.g. the segment's name, to tell several charts apart */
  subject: string;
  /** black on white whatever the theme, sized by its container: slides and print */
  paper?: boolean;
};

const WIDTH = 480;
const HEIGHT = 240;
const PAD = { left: 8, right: 8, top: 12, bottom: 12 };

/**
 * Monthly margin against monthly cost as customers grow, with staff steps as steps and the
 * break-even point (or "never") marked. A picture of the domain's points: the table beside it
 * carries the same figures for keyboards and screen readers.
 */
export function BreakEvenChart({ points, breakEven, currency, subject, paper = false }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  if (points.length < 2) return <p className="break-even__empty">{t('numbers:chart.empty')}</p>;

  // Placing the points on the canvas is drawing, not arithmetic on results.
  const maxN = Math.max(...points.map((p) => p.n)) || 1;
  const values = points.flatMap((p) => [p.margin, p.cost]);
  const top = Math.max(0, ...values) || 1;
  const bottom = Math.min(0, ...values);
  const x = (n: number) => PAD.left + (n / maxN) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + ((top - v) / (top - bottom)) * (HEIGHT - PAD.top - PAD.bottom);
  const marginPath = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.n)},${y(p.margin)}`).join(' ');
  // the cost holds until the next point, where one more person is needed: a step
  const costPath = points
    .map((p, i) => (i === 0 ? `M${x(p.n)},${y(p.cost)}` : `H${x(p.n)} V${y(p.cost)}`))
    .join(' ');
  const summary = breakEven
    ? t('numbers:chart.summaryAt', { subject, size: breakEven.text })
    : t('numbers:chart.summaryNever', { subject });

  return (
    <figure
      className={paper ? 'break-even break-even--paper' : 'break-even'}
      aria-labelledby={titleId}
    >
      <figcaption id={titleId} className="break-even__caption">
        {t('numbers:chart.title', { subject })}
      </figcaption>
      <p className="break-even__legend" aria-hidden="true">
        <span className="break-even__key break-even__key--margin" /> {t('numbers:chart.margin')}
        <span className="break-even__key break-even__key--cost" /> {t('numbers:chart.cost')}
      </p>
      <svg
        className="break-even__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-summary`}
        preserveAspectRatio="none"
      >
        <line className="break-even__axis" x1={x(0)} x2={x(maxN)} y1={y(0)} y2={y(0)} />
        <path className="break-even__line break-even__line--cost" d={costPath} />
        <path className="break-even__line break-even__line--margin" d={marginPath} />
        {breakEven && breakEven.size <= maxN && (
          <line
            className="break-even__marker"
            x1={x(breakEven.size)}
            x2={x(breakEven.size)}
            y1={PAD.top}
            y2={HEIGHT - PAD.bottom}
          />
        )}
      </svg>
      <p id={`${titleId}-summary`} className="break-even__summary">
        <span aria-hidden="true">{breakEven ? '◆ ' : '✗ '}</span>
        {summary}
      </p>
      <BreakEvenTable points={points} currency={currency} format={format} subject={subject} />
    </figure>
  );
}
