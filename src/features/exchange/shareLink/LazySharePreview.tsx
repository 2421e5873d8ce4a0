import { lazy, Suspense, useSyncExternalStore } from 'react';

import { withNamespaces } from '@/i18n/config';

import { SHARE_PREFIX } from './sharePrefix';

const SharePreview = lazy(
  withNamespaces(() => import('./SharePreview').then((m) => ({ default: m.SharePreview }))),
);

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const getHash = () => window.location.hash;

/** The shared-link preview, loaded (with its decoder and texts) only when the address holds a share link. */
export function LazySharePreview() {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  return (
    <Suspense fallback={null}>
      <SharePreview />
    </Suspense>
  );
}
