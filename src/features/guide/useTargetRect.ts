import { useEffect, useState } from 'react';

import { findTarget, type GuideStep } from './guideSteps';

export type TargetRect = { top: number; left: number; width: number; height: number };

/** The viewport box of the step's target, kept up to date while the page scrolls or resizes. */
export function useTargetRect(step: GuideStep): TargetRect | null {
  const [measured, setMeasured] = useState<{ step: GuideStep; rect: TargetRect } | null>(null);
  useEffect(() => {
    const target = findTarget(step);
    if (!target) return;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    target.scrollIntoView?.({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const box = target.getBoundingClientRect();
        setMeasured({
          step,
          rect: { top: box.top, left: box.left, width: box.width, height: box.height },
        });
      });
    };
    measure();
    window.addEventListener('scroll', measure, { capture: true, passive: true });
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', measure, { capture: true });
      window.removeEventListener('resize', measure);
    };
  }, [step]);
  // A box measured for an earlier step is not this step's.
  return measured?.step === step ? measured.rect : null;
}
