import { useTranslation } from '@/i18n/useTranslation';

import { LazyClassroomMenu } from '@/features/classroom/LazyClassroomMenu';
import { openLiveClass } from '@/features/dashboard';
import { LazyFileMenu } from '@/features/exchange/files/LazyFileMenu';
import { LanguageSwitch } from '@/features/language/LanguageSwitch';
import { CanvasSwitcher } from '@/features/library/CanvasSwitcher';
import { SaveStatus } from '@/features/saving/SaveStatus';

import { UndoRedoButtons } from './UndoRedoButtons';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <p className="app-header__brand">
        <span className="app-header__name">{t('common:app.name')}</span>
        <span className="app-header__tagline">{t('common:app.tagline')}</span>
      </p>
      <div className="app-header__tools">
        <CanvasSwitcher />
        <UndoRedoButtons />
        <SaveStatus />
        <LazyFileMenu />
        <LazyClassroomMenu onOpenLiveClass={openLiveClass} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
