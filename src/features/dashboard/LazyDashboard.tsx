import { lazy, Suspense } from 'react';

import { withNamespaces } from '@/i18n/config';

// The dashboard's code and texts load when it is first opened, never with the first screen.
const ClassDashboard = lazy(withNamespaces(() => import('./ClassDashboard')));

export function LazyDashboard() {
  return (
    <Suspense fallback={null}>
      <ClassDashboard />
    </Suspense>
  );
}
