import { lazy } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { DeferredMenu } from '@/components/DeferredMenu';

const FileMenu = lazy(() => import('./FileMenu').then((m) => ({ default: m.FileMenu })));

/** Header entry for files, CSV, share links and backups; its code loads after the first screen. */
export function LazyFileMenu() {
  const { t } = useTranslation();
  return (
    <DeferredMenu label={t('persistence:file.menu')}>
      <FileMenu />
    </DeferredMenu>
  );
}
