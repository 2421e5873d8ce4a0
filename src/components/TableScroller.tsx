import type { ReactNode } from 'react';

import './TableScroller.css';

type Props = { label: string; children: ReactNode };

/**
 * A keyboard-scrollable region around a wide table, so it scrolls sideways on a phone
 * instead of widening the page.
 */
export function TableScroller({ label, children }: Props) {
  return (
    <div className="table-scroller" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
