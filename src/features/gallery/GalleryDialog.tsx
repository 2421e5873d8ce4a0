import { useMemo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { CANVAS_LOCALES, type Canvas, type CanvasLocale } from '@/domain';
import { EXAMPLES, getExampleCanvases } from '@/domain/examples';
import { Dialog } from '@/components/Dialog';
import { useCanvasStore } from '@/store/canvasStore';

import { ExampleCard } from './ExampleCard';
import './Gallery.css';

type Props = { onClose: () => void };

const isCanvasLocale = (language: string): language is CanvasLocale =>
  CANVAS_LOCALES.some((locale) => locale === language);

/** The instructor examples; opening one adds an editable copy and leaves the example untouched. */
export default function GalleryDialog({ onClose }: Props) {
  const { t, i18n } = useTranslation();
  const locale = isCanvasLocale(i18n.language) ? i18n.language : 'en';
  const examples = useMemo(() => getExampleCanvases(locale), [locale]);
  const openCopy = (example: Canvas) => {
    useCanvasStore
      .getState()
      .addCanvasCopy(example, t('classroom:gallery.copyName', { name: example.name }));
    onClose();
  };
  return (
    <Dialog title={t('classroom:gallery.title')} onClose={onClose} size="wide">
      <p className="gallery__intro">{t('classroom:gallery.intro')}</p>
      <ul className="gallery">
        {examples.map((example) => (
          <ExampleCard
            key={example.id}
            example={example}
            teaches={EXAMPLES.find((entry) => entry.id === example.id)?.teaches ?? []}
            onOpen={() => openCopy(example)}
          />
        ))}
      </ul>
    </Dialog>
  );
}
