import { useEffect, useEffectEvent, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '@/i18n/useTranslation';

import { saveGuideSeen } from '@/persistence/guidePreference';

import { GUIDE_STEPS } from './guideSteps';
import { useGuideText } from './useGuideText';
import { useTargetRect } from './useTargetRect';
import './GuidedTour.css';

type Props = { onClose: () => void };

// Room between the highlighted block and the ring drawn around it.
const RING_GAP = 6;

/**
 * A walkthrough that highlights the real blocks of the user's canvas, one question at a time.
 * It never blocks the page, and Esc or "Skip" leaves it at any step; either way it counts as seen.
 */
export default function GuidedTour({ onClose }: Props) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const step = GUIDE_STEPS[index] ?? GUIDE_STEPS[0];
  const rect = useTargetRect(step);
  const text = useGuideText(step);
  const cardRef = useRef<HTMLDivElement>(null);
  const isLast = index === GUIDE_STEPS.length - 1;

  const leave = () => {
    saveGuideSeen();
    onClose();
  };
  const onEscape = useEffectEvent((event: globalThis.KeyboardEvent) => {
    // An editor dialog opened during the tour gets Esc first.
    if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    leave();
  });

  useEffect(() => {
    cardRef.current?.focus();
  }, [index]);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => onEscape(event);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const back = () => setIndex((i) => Math.max(0, i - 1));
  const next = () => (isLast ? leave() : setIndex((i) => i + 1));
  const onCardKey = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return; // arrows keep their meaning inside buttons
    if (event.key === 'ArrowRight') next();
    else if (event.key === 'ArrowLeft') back();
    else return;
    event.preventDefault();
  };

  // The card sits in the half of the screen the highlighted block leaves free.
  const placement =
    rect && rect.top + rect.height / 2 < window.innerHeight / 2
      ? 'bottom'
      : rect
        ? 'top'
        : 'center';
  return createPortal(
    <>
      <div
        className={rect ? 'guide-ring' : 'guide-ring guide-ring--none'}
        style={
          rect
            ? {
                top: rect.top - RING_GAP,
                left: rect.left - RING_GAP,
                width: rect.width + 2 * RING_GAP,
                height: rect.height + 2 * RING_GAP,
              }
            : undefined
        }
        aria-hidden="true"
      />
      <div
        ref={cardRef}
        className={`guide-card guide-card--${placement}`}
        role="dialog"
        aria-labelledby="guide-title"
        aria-describedby="guide-body"
        tabIndex={-1}
        onKeyDown={onCardKey}
      >
        <p className="guide-card__progress">
          {t('classroom:guide.progress', { current: index + 1, total: GUIDE_STEPS.length })}
        </p>
        <h2 id="guide-title" className="guide-card__title">
          {text.title}
        </h2>
        <div id="guide-body" className="guide-card__body">
          <p>{text.body}</p>
          {text.yours && <p className="guide-card__yours">{text.yours}</p>}
        </div>
        <div className="guide-card__actions">
          <button type="button" className="button button--small guide-card__skip" onClick={leave}>
            {t('classroom:guide.skip')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={back}
            disabled={index === 0}
          >
            {t('classroom:guide.back')}
          </button>
          <button type="button" className="button button--small button--primary" onClick={next}>
            {isLast ? t('classroom:guide.finish') : t('classroom:guide.next')}
          </button>
        </div>
      </div>
    </>,
    document.body,
  );
}
