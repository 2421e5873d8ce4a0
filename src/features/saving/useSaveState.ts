import { useTranslation } from '@/i18n/useTranslation';
import { useShallow } from 'zustand/react/shallow';

import { usePersistenceStatus, type SaveFailure } from '@/store/persistenceStatus';

export type SaveState = 'saved' | 'pending' | 'failed';

/** The save state in one word for the header, with the reason when nothing is being kept. */
export function useSaveState(): { state: SaveState; failure: SaveFailure | null; label: string } {
  const { t } = useTranslation();
  const { save, failure, storage, phase } = usePersistenceStatus(
    useShallow(({ save, failure, storage, phase }) => ({ save, failure, storage, phase })),
  );
  if (phase === 'suspended')
    return { state: 'failed', failure: null, label: t('persistence:status.suspended') };
  // A blocked storage keeps nothing, even before the first edit.
  const reason = storage === 'blocked' ? 'blocked' : failure;
  if (reason) {
    const why = t(`persistence:status.reason.${reason}`);
    return {
      state: 'failed',
      failure: reason,
      label: t('persistence:status.notSaved', { reason: why }),
    };
  }
  if (save === 'pending')
    return { state: 'pending', failure: null, label: t('persistence:status.saving') };
  return { state: 'saved', failure: null, label: t('persistence:status.saved') };
}
