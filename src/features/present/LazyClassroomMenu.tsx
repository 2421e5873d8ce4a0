import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

const ClassroomMenu = lazy(() => import('./ClassroomMenu'));

/**
 * Header entry for the classroom tools. Everything behind it loads after the first screen; until
 * then a look-alike button holds its place so the header does not jump.
 */
export function LazyClassroomMenu() {
  const { t } = useTranslation();
  const placeholder = (
    <button type="button" className="button button--small app-header__button" disabled>
      {t('classroom:menu.label')} <span aria-hidden="true">▾</span>
    </button>
  );
  return (
    <Suspense fallback={placeholder}>
      <ClassroomMenu />
    </Suspense>
  );
}
