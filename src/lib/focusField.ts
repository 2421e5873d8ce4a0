const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]';

/**
 * Moves focus to the element with DOM id `id`, or, when that element is a group (a fieldset,
 * a table), to the first control inside it. Returns whether something took focus.
 */
export function focusField(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const target = element.matches(FOCUSABLE)
    ? element
    : element.querySelector<HTMLElement>(FOCUSABLE);
  if (!target) return false;
  target.focus();
  return document.activeElement === target;
}
