import { safeFileName } from '@/lib/fileName';

/** The element the PNG shows: the nine-block board of the canvas editor. */
export const CANVAS_BOARD_SELECTOR = '.canvas-board';

// Spec decision: twice the screen resolution, so the image stays sharp on slides and handouts.
const PIXEL_RATIO = 2;

/** The local date as YYYY-MM-DD, so images of one canvas from different days sort and differ. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The PNG's file name: the canvas name (cleaned as in the other exports) and the day. */
export const pngFileName = (canvasName: string, fallback: string, date = new Date()) =>
  `${safeFileName(canvasName, '', fallback)} ${localDay(date)}.png`;

/**
 * Renders the canvas board to a PNG and downloads it. html-to-image is loaded only now, so it
 * never weighs on the first screen.
 */
export async function exportCanvasPng(canvasName: string, fallback: string): Promise<void> {
  const board = document.querySelector<HTMLElement>(CANVAS_BOARD_SELECTOR);
  if (!board) throw new Error('The canvas board is not on the page.');
  const { toPng } = await import('html-to-image');
  const background =
    getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
  const dataUrl = await toPng(board, { pixelRatio: PIXEL_RATIO, backgroundColor: background });
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = pngFileName(canvasName, fallback);
  document.body.append(link);
  link.click();
  link.remove();
}
