import { Suspense, type ReactNode } from 'react';

import { useAfterFirstScreen } from '@/hooks/useAfterFirstScreen';

type Props = {
  /** the menu button's text, the same as the loaded menu's */
  label: string;
  /** the lazily loaded menu */
  children: ReactNode;
};

/**
 * A header menu whose code loads after the first screen; until then a look-alike button holds
 * its place, so the header does not jump.
 */
export function DeferredMenu({ label, children }: Props) {
  const afterFirstScreen = useAfterFirstScreen();
  const placeholder = (
    <button type="button" className="button button--small app-header__button" disabled>
      {label} <span aria-hidden="true">▾</span>
    </button>
  );
  if (!afterFirstScreen) return placeholder;
  return <Suspense fallback={placeholder}>{children}</Suspense>;
}
