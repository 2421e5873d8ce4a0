import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '@/i18n/useTranslation';

import type { Canvas, Evaluation } from '@/domain';
import { findingText } from '@/lib/findingText';
import { useResults } from '@/store/selectors';

import {
  clampPosition,
  commandForKey,
  navigate,
  type NavigationCommand,
  type Position,
} from './presentationNavigation';
import { SlideView } from './SlideView';
import { slideTitle } from './slideTitle';
import { buildSlides, revealableCount } from './slides';
import { useFullscreen } from './useFullscreen';
import { useModalOverlay } from './useModalOverlay';
import './PresentationMode.css';

type Props = { onExit: () => void };
type CanvasProps = Props & { canvas: Canvas; evaluation: Evaluation };

/** Full-screen presentation of the open canvas, driven by keys so a clicker works. */
export default function PresentationMode({ onExit }: Props) {
  const results = useResults('live');
  if (!results) return null;
  const { canvas, evaluation } = results;
  return <PresentCanvas canvas={canvas} evaluation={evaluation} onExit={onExit} />;
}

/** The same presentation for any canvas with its evaluation (e.g. one from the class dashboard). */
export function PresentCanvas(props: CanvasProps) {
  return createPortal(<Presentation {...props} />, document.body);
}

function Presentation({ canvas, evaluation, onExit }: CanvasProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const slides = useMemo(() => buildSlides(canvas, evaluation), [canvas, evaluation]);
  const counts = useMemo(() => slides.map(revealableCount), [slides]);
  const [position, setPosition] = useState<Position>({ index: 0, revealed: 0 });
  const go = (command: NavigationCommand) =>
    setPosition((current) => navigate(current, command, counts));

  useModalOverlay(ref);
  useFullscreen(ref, onExit);

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const command = commandForKey(event.key);
    if (!command) return;
    // Also stops Space from pressing a focused button, so one press is one step.
    event.preventDefault();
    event.stopPropagation();
    if (command === 'exit') onExit();
    else go(command);
  });
  useEffect(() => {
    // Capture phase: the presentation owns these keys before any other shortcut sees them.
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);

  const current = clampPosition(position, counts);
  const slide = slides[current.index] ?? slides[0];
  if (!slide) return null;
  const title = slideTitle(t, slide, canvas);
  const progress = { current: current.index + 1, total: slides.length };
  const revealed = slide.kind === 'findings' ? slide.findings[current.revealed - 1] : undefined;
  const announcement =
    slide.kind === 'findings' && revealed
      ? t('classroom:present.announceFinding', {
          index: current.revealed,
          count: slide.findings.length,
          title: findingText(t, revealed, canvas.currency).title,
        })
      : t('classroom:present.announceSlide', { title, ...progress });

  return (
    <div
      ref={ref}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t('classroom:present.label')}
      tabIndex={-1}
    >
      <SlideView
        canvas={canvas}
        evaluation={evaluation}
        slide={slide}
        revealed={current.revealed}
      />
      <footer className="presentation__controls">
        <button
          type="button"
          className="presentation__button"
          onClick={() => go('previous')}
          disabled={current.index === 0 && current.revealed === 0}
        >
          <span aria-hidden="true">←</span> {t('classroom:present.previous')}
        </button>
        <p className="presentation__progress">{t('classroom:present.progress', progress)}</p>
        <button type="button" className="presentation__button" onClick={() => go('next')}>
          {t('classroom:present.next')} <span aria-hidden="true">→</span>
        </button>
        <button type="button" className="presentation__button presentation__exit" onClick={onExit}>
          {t('classroom:present.exit')}
        </button>
      </footer>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
