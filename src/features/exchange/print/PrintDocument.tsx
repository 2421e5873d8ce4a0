import { createPortal } from 'react-dom';

import { useResults } from '@/store/selectors';

import { CanvasPoster } from './CanvasPoster';
import { ChannelsPages } from './ChannelsPages';
import { EconomicsPages } from './EconomicsPages';
import { FindingsPages } from './FindingsPages';
import type { ExtraPage } from './printOptions';
import './print.css';

type Props = { pages: readonly ExtraPage[] };

/**
 * What the printer gets: the poster, then the chosen extra pages. It sits outside the app's
 * root so the print stylesheet can hide everything else; on screen it is laid out off-view
 * (so the poster can be measured) and hidden from assistive technology.
 */
export function PrintDocument({ pages }: Props) {
  const results = useResults('live');
  if (!results) return null;
  const { canvas, evaluation } = results;
  return createPortal(
    <div className="print-document" aria-hidden="true">
      <CanvasPoster canvas={canvas} evaluation={evaluation} />
      {pages.includes('economics') && <EconomicsPages canvas={canvas} evaluation={evaluation} />}
      {pages.includes('channels') && <ChannelsPages canvas={canvas} />}
      {pages.includes('findings') && <FindingsPages canvas={canvas} evaluation={evaluation} />}
    </div>,
    document.body,
  );
}
