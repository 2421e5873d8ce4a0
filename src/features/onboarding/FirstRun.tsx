import { useMemo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { Canvas, CanvasLocale } from '@/domain';
import { useIdleImport } from '@/hooks/useIdleImport';
import { canvasLocaleOf } from '@/lib/canvasLocale';
import { useCanvasStore } from '@/store/canvasStore';

import './FirstRun.css';

const loadExamples = () => import('@/domain/examples');

/**
 * The examples, with their texts in both languages, load after the first screen: the blank
 * canvas button works at once and the list appears when its chunk arrives.
 */
function useExampleCanvases(locale: CanvasLocale): Canvas[] | null {
  const examples = useIdleImport(loadExamples);
  return useMemo(() => examples?.getExampleCanvases(locale) ?? null, [examples, locale]);
}

function ExampleList({ locale, onStart }: { locale: CanvasLocale } & Props) {
  const { t } = useTranslation();
  const addCanvasCopy = useCanvasStore((s) => s.addCanvasCopy);
  const examples = useExampleCanvases(locale);
  if (!examples) return null;
  return (
    <ul className="first-run__examples">
      {examples.map((example) => (
        <li key={example.id} className="first-run__example">
          <h4 className="first-run__example-name">{example.name}</h4>
          {example.description && (
            <p className="first-run__example-description">{example.description}</p>
          )}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              addCanvasCopy(example);
              onStart('example');
            }}
          >
            {t('editor:firstRun.openCopy')} <span className="visually-hidden">{example.name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

type Props = {
  /** This screen goes away once a canvas exists; the caller decides where the keyboard lands. */
  onStart: (choice: 'blank' | 'example') => void;
};

/** Shown while the user has no canvas: start blank, or from a copy of an example. */
export function FirstRun({ onStart }: Props) {
  const { t, i18n } = useTranslation();
  const locale = canvasLocaleOf(i18n.language);
  const createCanvas = useCanvasStore((s) => s.createCanvas);
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title" className="first-run__title">
        {t('editor:firstRun.title')}
      </h2>
      <p className="first-run__intro">{t('editor:firstRun.intro')}</p>
      <div className="first-run__choices">
        <div className="first-run__choice">
          <h3 className="first-run__heading">{t('editor:firstRun.blankHeading')}</h3>
          <p>{t('editor:firstRun.blankText')}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              createCanvas({ name: t('editor:firstRun.blankName'), locale });
              onStart('blank');
            }}
          >
            {t('editor:firstRun.blankAction')}
          </button>
        </div>
        <div className="first-run__choice first-run__choice--examples">
          <h3 className="first-run__heading">{t('editor:firstRun.examplesHeading')}</h3>
          <p>{t('editor:firstRun.examplesText')}</p>
          <ExampleList locale={locale} onStart={onStart} />
        </div>
      </div>
    </section>
  );
}
