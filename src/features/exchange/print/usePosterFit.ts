import { useLayoutEffect, type RefObject } from 'react';

// Type sizes the poster may use, in points: readable at the top, still legible at the bottom.
const LARGEST_PT = 16;
const SMALLEST_PT = 5;
const STEPS = 8;

function overflows(poster: HTMLElement): boolean {
  return [...poster.querySelectorAll<HTMLElement>('[data-fit]')].some(
    (cell) => cell.scrollHeight > cell.clientHeight + 1,
  );
}

/**
 * Picks the largest type size at which every block of the poster fits in its box, so the
 * canvas always prints on one page. `version` changes whenever the content does.
 */
export function usePosterFit(ref: RefObject<HTMLElement | null>, version: unknown) {
  useLayoutEffect(() => {
    const poster = ref.current;
    if (!poster) return;
    let low = SMALLEST_PT;
    let high = LARGEST_PT;
    poster.style.fontSize = `${high}pt`;
    if (!overflows(poster)) return;
    for (let step = 0; step < STEPS; step++) {
      const middle = (low + high) / 2;
      poster.style.fontSize = `${middle}pt`;
      if (overflows(poster)) high = middle;
      else low = middle;
    }
    poster.style.fontSize = `${low}pt`;
  }, [ref, version]);
}
