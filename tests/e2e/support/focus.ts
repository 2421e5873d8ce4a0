/** Reads the keyboard focus and how visible its indicator is, inside the page. */
import type { Page } from 'playwright-core';

export type FocusStop = {
  /** A short, readable description of the focused element. */
  what: string;
  insideDialog: boolean;
  /** Contrast of the focus outline against what surrounds it (WCAG 1.4.11 asks ≥ 3:1). */
  contrast: number;
  outlineWidth: number;
};

/** Describes the focused element and measures its focus outline (run right after a Tab). */
export function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return null;
    focused.dataset.e2eReached = '1';
    // A visually hidden input (custom radio, checkbox) shows its focus on its label.
    const hidden = focused.offsetWidth < 4 || getComputedStyle(focused).opacity === '0';
    const el = (hidden && focused.closest('label')) || focused;

    const rgba = (color: string): [number, number, number, number] => {
      const parts = color.match(/[\d.]+/g)?.map(Number) ?? [];
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
    };
    // The outline is drawn just outside the element: read the background of whatever is
    // painted there (positioned elements such as a skip link sit over other boxes).
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const gap = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
    const x = box.left - gap >= 0 ? box.left - gap : box.right + gap;
    let behind: [number, number, number, number] = [255, 255, 255, 1];
    for (const node of document.elementsFromPoint(x, box.top + box.height / 2)) {
      if (node === el || el.contains(node)) continue;
      const bg = rgba(getComputedStyle(node).backgroundColor);
      if (bg[3] > 0.5) {
        behind = bg;
        break;
      }
    }
    const outlineWidth = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    const [l1, l2] = [luminance(rgba(style.outlineColor)), luminance(behind)];
    const contrast = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
    return {
      what: `${focused.tagName.toLowerCase()}${focused.id ? `#${focused.id}` : ''} "${name}"`,
      insideDialog: Boolean(focused.closest('dialog[open], [role="dialog"][aria-modal="true"]')),
      contrast: Math.round(contrast * 100) / 100,
      outlineWidth,
    };
  });
}

/** Visible, enabled controls a keyboard user should reach, that no Tab has reached yet. */
export function unreachedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.tabIndex >= 0 && !el.dataset.e2eReached)
      .filter(
        (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
      )
      .filter((el) => !el.closest('[inert], [hidden], details:not([open]) > :not(summary)'))
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
      );
  });
}
