import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { useAfterFirstScreen } from '@/hooks/useAfterFirstScreen';
import { withNamespaces } from '@/i18n/config';

import type { ClassroomMenuProps } from './ClassroomMenu';

// With the texts the tools use (findings, economics) that the first screen does without.
const ClassroomMenu = lazy(withNamespaces(() => import('./ClassroomMenu')));

/**
 * Header entry for the classroom tools. Everything behind it loads after the first screen; until
 * then a look-alike button holds its place so the header does not jump.
 */
export function LazyClassroomMenu(props: ClassroomMenuProps) {
  const { t } = useTranslation();
  const afterFirstScreen = useAfterFirstScreen();
  const placeholder = (
    <button type="button" className="button button--small app-header__button" disabled>
      {t('common:app.classroom')} <span aria-hidden="true">▾</span>
    </button>
  );
  if (!afterFirstScreen) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <ClassroomMenu {...props} />
    </Suspense>
  );
}
