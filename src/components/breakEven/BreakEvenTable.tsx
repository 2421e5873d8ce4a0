import { useTranslation } from '@/i18n/useTranslation';

import type { BreakEvenPoint } from '@/domain';
import type { Format } from '@/hooks/useFormat';

type Props = {
  points: readonly BreakEvenPoint[];
  currency: string;
  format: Format;
  subject: string;
};

/** The chart's points as a table: what a screen reader or a keyboard user reads instead. */
export function BreakEvenTable({ points, currency, format, subject }: Props) {
  const { t } = useTranslation();
  return (
    <div
      className="break-even__table-scroll"
      role="region"
      aria-label={t('numbers:chart.tableLabel', { subject })}
      tabIndex={0}
    >
      <table className="break-even__table">
        <caption className="visually-hidden">{t('numbers:chart.tableLabel', { subject })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('numbers:chart.customers')}</th>
            <th scope="col">{t('numbers:chart.margin')}</th>
            <th scope="col">{t('numbers:chart.cost')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={`${p.n}-${i}`}>
              <th scope="row">{format.decimal(p.n, 0)}</th>
              <td>{format.money(p.margin, currency)}</td>
              <td>{format.money(p.cost, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
