import { useTranslation } from 'react-i18next';

import { LazyClassroomMenu } from '@/features/classroom/LazyClassroomMenu';
import { useDashboardStore } from '@/features/dashboard';
import { FileMenu } from '@/features/exchange/files/FileMenu';
import { LanguageSwitch } from '@/features/language/LanguageSwitch';
import { CanvasSwitcher } from '@/features/library/CanvasSwitcher';
import { SaveStatus } from '@/features/saving/SaveStatus';
import type { InstructorClass } from '@/persistence/liveDocs';

import { UndoRedoButtons } from './UndoRedoButtons';

const openDashboard = () => useDashboardStore.getState().open();
const openLiveClass = (entry: InstructorClass) => useDashboardStore.getState().openLive(entry);

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
        <FileMenu />
        <LazyClassroomMenu onOpenDashboard={openDashboard} onOpenLiveClass={openLiveClass} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
