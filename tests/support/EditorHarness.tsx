import { NoticeBar } from '@/app/NoticeBar';
import { CanvasBoard } from '@/features/canvas/CanvasBoard';
import { LibraryDialog } from '@/features/library/LibraryDialog';
import { SegmentDialog } from '@/features/segments/SegmentDialog';
import { useUiStore } from '@/store/uiStore';

/**
 * The board with this feature area's dialogs, without the other teams' panels, so these tests
 * exercise the editor shell on its own (App.test.tsx covers the full composition).
 */
export function EditorHarness() {
  const panel = useUiStore((s) => s.panel);
  return (
    <>
      <CanvasBoard />
      {panel?.kind === 'segment' && <SegmentDialog segmentId={panel.segmentId} />}
      {panel?.kind === 'library' && <LibraryDialog />}
      <NoticeBar />
    </>
  );
}
