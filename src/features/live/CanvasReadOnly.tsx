import { useTranslation } from 'react-i18next';

import { NOTE_BLOCKS, type Canvas } from '@/domain';

/**
 * Another person's canvas, every text rendered as text (never markup). Deliberately plain: the
 * class dashboard (issue 16) builds the richer view.
 */
export function CanvasReadOnly({ canvas }: { canvas: Canvas }) {
  const { t } = useTranslation();
  const segmentName = (id: string) => canvas.segments.find((s) => s.id === id)?.name ?? '';
  const sections = [
    {
      key: 'segments',
      title: t('live:viewer.segments'),
      items: canvas.segments.map((s) => ({
        id: s.id,
        text: s.label ? `${s.label} · ${s.name}` : s.name,
      })),
    },
    {
      key: 'relationships',
      title: t('live:viewer.relationships'),
      items: canvas.relationships.map((r) => ({
        id: r.id,
        text: `${t(`common:enum.relationshipType.${r.type}`)} — ${segmentName(r.segmentId)}`,
      })),
    },
    {
      key: 'channels',
      title: t('live:viewer.channels'),
      items: canvas.channels.map((c) => ({ id: c.id, text: c.name })),
    },
    ...NOTE_BLOCKS.map((block) => ({
      key: block,
      title: t(`common:block.${block}.title`),
      items: canvas[block].map((n) => ({ id: n.id, text: n.text })),
    })),
  ];
  return (
    <div className="live-canvas">
      {canvas.description && <p className="live-canvas__text">{canvas.description}</p>}
      {sections.map((section) => (
        <section key={section.key} className="live-canvas__section">
          <h4>{section.title}</h4>
          {section.items.length === 0 ? (
            <p className="live-canvas__empty">{t('live:viewer.empty')}</p>
          ) : (
            <ul>
              {section.items.map((item) => (
                <li key={item.id} className="live-canvas__text">
                  {item.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
