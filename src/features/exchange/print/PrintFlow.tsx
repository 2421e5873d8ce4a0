import { useEffect, useEffectEvent, useState } from 'react';

import { PrintDialog } from './PrintDialog';
import { PrintDocument } from './PrintDocument';
import type { ExtraPage } from './printOptions';

type Props = { onDone: () => void };

/**
 * The print dialog, then the printable document and the browser's print dialog. The document
 * stays in the page until the browser reports printing is over.
 */
export default function PrintFlow({ onDone }: Props) {
  const [pages, setPages] = useState<ExtraPage[] | null>(null);
  const done = useEffectEvent(onDone);

  useEffect(() => {
    if (!pages) return;
    const listener = () => done();
    window.addEventListener('afterprint', listener);
    // The poster has been laid out and fitted (layout effects run first), so print now.
    window.print();
    return () => window.removeEventListener('afterprint', listener);
  }, [pages]);

  return pages ? (
    <PrintDocument pages={pages} />
  ) : (
    <PrintDialog onPrint={setPages} onClose={onDone} />
  );
}
