import { screen, within } from '@testing-library/react';

/** The figure shown next to a label (a `<dt>`) in `scope`: its button, or why it is missing. */
export const figure = (label: string, scope?: HTMLElement): HTMLElement =>
  (scope ? within(scope) : screen).getByText(label, { selector: 'dt' })
    .nextElementSibling as HTMLElement;

/**
 * Intl's euro text, with its no-break spaces as plain ones (jest-dom normalises whitespace).
 * By default whole euros from 100 up and cents below, as the economics card writes them.
 */
export const money = (lng: string, value: number, digits = Math.abs(value) >= 100 ? 0 : 2) =>
  new Intl.NumberFormat(lng, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
    .format(value)
    .replace(/\s/g, ' ');
