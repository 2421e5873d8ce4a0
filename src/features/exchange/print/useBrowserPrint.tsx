import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

import { whenIdle } from '@/lib/whenIdle';

import type { PrintDocument } from './PrintDocument';

type PrintDocumentModule = { PrintDocument: typeof PrintDocument };

/**
 * Makes the browser's own Print command (Ctrl+P, the menu) print the canvas poster too. The
 * poster is loaded ahead, while the page is idle, because `beforeprint` leaves no time to fetch
 * it; it is then rendered synchronously before the browser lays out the printout.
 * `enabled` is false while the print dialog handles printing itself.
 */
export function useBrowserPrint(enabled: boolean): ReactNode {
  const [printModule, setPrintModule] = useState<PrintDocumentModule | null>(null);
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    whenIdle(() => void import('./PrintDocument').then(setPrintModule), 0);
  }, []);

  useEffect(() => {
    if (!enabled || !printModule) return;
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [enabled, printModule]);

  return enabled && printing && printModule ? <printModule.PrintDocument pages={[]} /> : null;
}
