import type { ReactNode } from 'react';

import './LinkButton.css';

type Props = { onClick: () => void; children: ReactNode };

/** An action that reads like a link in running text ("Change", a channel name in a table). */
export function LinkButton({ onClick, children }: Props) {
  return (
    <button type="button" className="link-button" onClick={onClick}>
      {children}
    </button>
  );
}
