import { lazy } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { DeferredMenu } from '@/components/DeferredMenu';
import { withNamespaces } from '@/i18n/config';

import type { ClassroomMenuProps } from './ClassroomMenu';

// With the texts the tools use (findings, economics) that the first screen does without.
const ClassroomMenu = lazy(withNamespaces(() => import('./ClassroomMenu')));

/** Header entry for the classroom tools; everything behind it loads after the first screen. */
export function LazyClassroomMenu(props: ClassroomMenuProps) {
  const { t } = useTranslation();
  return (
    <DeferredMenu label={t('common:app.classroom')}>
      <ClassroomMenu {...props} />
    </DeferredMenu>
  );
}
