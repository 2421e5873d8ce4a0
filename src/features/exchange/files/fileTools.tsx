/**
 * What the file menu needs only once it is used (CSV, share links with their compressor,
 * reading imports, the dialogs): loaded when the menu first opens, not before the first screen.
 */
import { Suspense } from 'react';

import { LazyVersionsDialog } from '@/features/versions';

import type { ImportOutcome } from './importFile';
import type { ShareLink } from '../shareLink/shareLink';

import { BackupsDialog } from './BackupsDialog';
import { ImportDialog } from './ImportDialog';
import { ShareDialog } from './ShareDialog';

export { canvasCsv } from './canvasCsv';
export { readImportFile } from './importFile';
export { createShareLink } from '../shareLink/shareLink';

export type FileDialogState =
  | { kind: 'import'; outcome: ImportOutcome; fileSize: number }
  | { kind: 'share'; link: ShareLink }
  | { kind: 'backups' }
  | { kind: 'versions' };

type Props = { dialog: FileDialogState; onClose: () => void; onDone: (message: string) => void };

export function FileDialog({ dialog, onClose, onDone }: Props) {
  switch (dialog.kind) {
    case 'import':
      return (
        <ImportDialog
          outcome={dialog.outcome}
          fileSize={dialog.fileSize}
          onClose={onClose}
          onDone={onDone}
        />
      );
    case 'share':
      return <ShareDialog link={dialog.link} onClose={onClose} />;
    case 'backups':
      return <BackupsDialog onClose={onClose} onDone={onDone} />;
    case 'versions':
      return (
        <Suspense fallback={null}>
          <LazyVersionsDialog onClose={onClose} />
        </Suspense>
      );
  }
}
