import { useTranslation } from 'react-i18next';

import type { Canvas } from '@/domain';
import { canvasLocaleOf } from '@/features/language/canvasLocale';
import { useCanvasStore } from '@/store/canvasStore';

import { useExampleCanvases } from './useExampleCanvases';
import './FirstRun.css';

function ExampleList({ examples }: { examples: Canvas[] | null | undefined }) {
  const { t } = useTranslation();
  const addCanvasCopy = useCanvasStore((s) => s.addCanvasCopy);
  if (examples === undefined) return <p role="status">{t('editor:firstRun.loadingExamples')}</p>;
  if (examples === null) return <p role="alert">{t('editor:firstRun.examplesFailed')}</p>;
  return (
    <ul className="first-run__examples">
      {examples.map((example) => (
        <li key={example.id} className="first-run__example">
          <h4 className="first-run__example-name">{example.name}</h4>
          {example.description && <p className="first-run__example-description">{example.description}</p>}
          <button type="button" className="button button--small" onClick={() => addCanvasCopy(example)}>
            {t('editor:firstRun.openCopy')}
            <span className="visually-hidden"> {example.name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Shown while the user has no canvas: start blank, or from a copy of an example. */
export function FirstRun() {
  const { t, i18n } = useTranslation();
  const locale = canvasLocaleOf(i18n.language);
  const examples = useExampleCanvases(locale);
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
            onClick={() => createCanvas({ name: t('editor:firstRun.blankName'), locale })}
          >
            {t('editor:firstRun.blankAction')}
          </button>
        </div>
        <div className="first-run__choice first-run__choice--examples">
          <h3 className="first-run__heading">{t('editor:firstRun.examplesHeading')}</h3>
          <p>{t('editor:firstRun.examplesText')}</p>
          <ExampleList examples={examples} />
        </div>
      </div>
    </section>
  );
}
