import { useTranslation } from '@/i18n/useTranslation';

import { LinkifiedText } from '@/components/LinkifiedText';
import { NOTE_BLOCKS, type Canvas, type Note } from '@/domain';

/** A read-only summary of a canvas: every text is rendered literally, never as markup. */
export function CanvasPreview({ canvas }: { canvas: Canvas }) {
  const { t } = useTranslation();
  const segmentName = (id: string) => canvas.segments.find((s) => s.id === id)?.name ?? '';
  return (
    <div className="canvas-preview">
      {canvas.description && <p className="canvas-preview__text">{canvas.description}</p>}
      <PreviewSection
        title={t('exchange:share.segments')}
        items={canvas.segments.map((s) => ({
          id: s.id,
          text: s.label ? `${s.label} · ${s.name}` : s.name,
        }))}
      />
      <PreviewSection
        title={t('exchange:share.relationships')}
        items={canvas.relationships.map((r) => ({
          id: r.id,
          text: `${t(`common:enum.relationshipType.${r.type}`)} — ${segmentName(r.segmentId)}`,
        }))}
      />
      <PreviewSection
        title={t('exchange:share.channels')}
        items={canvas.channels.map((c) => ({ id: c.id, text: c.name }))}
      />
      {NOTE_BLOCKS.map((block) => (
        <PreviewSection
          key={block}
          title={t(`common:block.${block}.title`)}
          items={canvas[block].map(noteItem)}
        />
      ))}
      {canvas.sources && canvas.sources.length > 0 && (
        <section className="canvas-preview__section">
          <h3>{t('exchange:share.sources')}</h3>
          <ul>
            {canvas.sources.map((source, i) => (
              <li key={i} className="canvas-preview__text">
                <LinkifiedText text={source} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

const noteItem = (note: Note) => ({ id: note.id, text: note.text });

function PreviewSection({
  title,
  items,
}: {
  title: string;
  items: { id: string; text: string }[];
}) {
  const { t } = useTranslation();
  return (
    <section className="canvas-preview__section">
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="canvas-preview__empty">{t('exchange:share.empty')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id} className="canvas-preview__text">
              {item.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
