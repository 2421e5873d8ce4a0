import { useId } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { ExplainableFigure } from '@/components/explain/ExplainableFigure';
import type { Canvas, Channel, ChannelEconomics, Evaluation } from '@/domain';
import { useFormat } from '@/hooks/useFormat';

import { channelName } from './channelName';

type Props = { canvas: Canvas; evaluation: Evaluation; selectedId?: string | null };

type Row = { channel: Channel; economics: ChannelEconomics };

/**
 * Margin against reach (§9.3): own channels with their cost beside partner channels with the
 * margin they keep. Every figure is the domain's `evaluation.channels`, and opens into the
 * domain's steps behind it, as the segment figures do.
 */
export function ChannelEconomicsView({ canvas, evaluation, selectedId }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const byId = new Map(evaluation.channels.map((e) => [e.channelId, e]));
  const rows = canvas.channels.flatMap((channel) => {
    const economics = byId.get(channel.id);
    return economics ? [{ channel, economics }] : [];
  });
  const own = rows.filter((r) => r.channel.ownership === 'own');
  const partner = rows.filter((r) => r.channel.ownership === 'partner');
  return (
    <section className="channel-economics" aria-labelledby={headingId}>
      <h3 id={headingId} className="channels__heading">
        {t('numbers:channelView.heading')}
      </h3>
      <p className="channels__help">{t('numbers:channelView.intro')}</p>
      <div className="channel-economics__groups">
        <ChannelGroup
          group={t('numbers:channelView.own')}
          rows={own}
          currency={canvas.currency}
          selectedId={selectedId}
        />
        <ChannelGroup
          group={t('numbers:channelView.partner')}
          rows={partner}
          currency={canvas.currency}
          selectedId={selectedId}
          partner
        />
      </div>
    </section>
  );
}

type GroupProps = {
  group: string;
  rows: Row[];
  currency: string;
  selectedId?: string | null | undefined;
  partner?: boolean;
};

function ChannelGroup({ group, rows, currency, selectedId, partner = false }: GroupProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t('numbers:channelView.noFigure');
  return (
    <div
      className="channel-economics__group"
      role="region"
      aria-label={t('numbers:channelView.caption', { group })}
      tabIndex={0}
    >
      <table className="channel-economics__table">
        <caption>{t('numbers:channelView.caption', { group })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('numbers:channelView.channel')}</th>
            {partner && <th scope="col">{t('numbers:channelView.partnerMarginGiven')}</th>}
            <th scope="col">{t('numbers:channelView.monthlyCost')}</th>
            <th scope="col">{t('numbers:channelView.customersReached')}</th>
            <th scope="col">{t('numbers:channelView.costPerCustomer')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={partner ? 5 : 4}>{t('numbers:channelView.none')}</td>
            </tr>
          )}
          {rows.map(({ channel, economics: e }) => {
            const name = channelName(t, channel);
            // one explainable figure per cell; the label names the channel for screen readers
            const cell = (key: keyof ChannelEconomics & string, column: string, value: string) => (
              <ExplainableFigure
                label={t('numbers:channelView.figureOf', { figure: column, channel: name })}
                value={value}
                steps={e.explain[key] ?? []}
                currency={currency}
              />
            );
            return (
              <tr
                key={channel.id}
                aria-current={channel.id === selectedId ? 'true' : undefined}
                className={channel.id === selectedId ? 'channel-economics__selected' : undefined}
              >
                <th scope="row">{name}</th>
                {partner && (
                  <td>
                    {e.partnerMarginGiven === null
                      ? t('numbers:channelView.noMargin')
                      : cell(
                          'partnerMarginGiven',
                          t('numbers:channelView.partnerMarginGiven'),
                          format.money(e.partnerMarginGiven, currency),
                        )}
                  </td>
                )}
                <td>
                  {cell(
                    'monthlyCost',
                    t('numbers:channelView.monthlyCost'),
                    format.money(e.monthlyCost, currency),
                  )}
                </td>
                <td>
                  {cell(
                    'customersReached',
                    t('numbers:channelView.customersReached'),
                    format.decimal(e.customersReached, 0),
                  )}
                </td>
                <td>
                  {e.costPerCustomer === null
                    ? none
                    : cell(
                        'costPerCustomer',
                        t('numbers:channelView.costPerCustomer'),
                        format.money(e.costPerCustomer, currency),
                      )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
