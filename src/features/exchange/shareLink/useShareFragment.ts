import { useCallback, useSyncExternalStore } from 'react';

import { readShareFragment, type SharedCanvas } from './shareLink';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const getHash = () => window.location.hash;

// Decoding is done once per distinct hash: it can be a large payload.
let lastHash: string | null = null;
let lastShared: SharedCanvas | null = null;
function sharedFor(hash: string): SharedCanvas | null {
  if (hash !== lastHash) {
    lastHash = hash;
    lastShared = readShareFragment(hash);
  }
  return lastShared;
}

/** The canvas of a `#share=` link in the address bar (or why it cannot be read), and a way to leave it. */
export function useShareFragment(): { shared: SharedCanvas | null; leave: () => void } {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  const leave = useCallback(() => {
    // Drops the fragment without a reload or a new history entry, so Back does not reopen it.
    window.history.replaceState(
      window.history.state,
      '',
      window.location.pathname + window.location.search,
    );
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, []);
  return { shared: sharedFor(hash), leave };
}
