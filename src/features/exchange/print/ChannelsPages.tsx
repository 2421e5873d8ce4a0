import { useTranslation } from '@/i18n/useTranslation';

import { ChannelAnswers } from '@/components/channelAnswers/ChannelAnswers';
import { ChecklistSummary } from '@/components/channelAnswers/ChecklistSummary';
import { SegmentTag } from '@/components/SegmentTag';
import type { Canvas } from '@/domain';

/** The channel innovation checklist, then each segment's answers to the channel questions (§9.7). */
export function ChannelsPages({ canvas }: { canvas: Canvas }) {
  const { t } = useTranslation();
  return (
    <section className="print-page print-section">
      <h2 className="print-section__title">{t('classroom:print.page.channels')}</h2>
      <h3>{t('numbers:checklist.heading')}</h3>
      <ChecklistSummary canvas={canvas} />
      {canvas.segments.map((segment) => (
        <section key={segment.id} className="print-section__segment">
          <h3>
            <SegmentTag segment={segment} />
          </h3>
          <ChannelAnswers segment={segment} />
        </section>
      ))}
    </section>
  );
}
