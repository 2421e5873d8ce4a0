import { useEffect } from 'react';

import { focusField } from '@/components/focusField';
import { ChannelsDialog } from '@/features/channels/ChannelsDialog';
import { LibraryDialog } from '@/features/library/LibraryDialog';
import { RelationshipWorkbench } from '@/features/relationships/RelationshipWorkbench';
import { ScenarioDialog } from '@/features/scenarios/ScenarioDialog';
import { SegmentDialog } from '@/features/segments/SegmentDialog';
import { useUiStore, type Panel } from '@/store/uiStore';

function PanelContent({ panel }: { panel: Panel }) {
  switch (panel.kind) {
    case 'segment':
      return <SegmentDialog segmentId={panel.segmentId} />;
    case 'workbench':
      return <RelationshipWorkbench segmentId={panel.segmentId} tab={panel.tab} />;
    case 'channels':
      return <ChannelsDialog channelId={panel.channelId} />;
    case 'scenario':
      return <ScenarioDialog segmentId={panel.segmentId} />;
    case 'library':
      return <LibraryDialog />;
  }
}

/** Renders the open editor and, once it is on screen, takes the user to the field a finding points at. */
export function PanelHost() {
  const panel = useUiStore((s) => s.panel);
  const focusTarget = useUiStore((s) => s.focusTarget);
  const clearFocusTarget = useUiStore((s) => s.clearFocusTarget);

  // Parents' effects run after their children's, so this wins over the dialog's initial focus.
  // Panels that must first reveal the field (a tab) handle the target themselves and clear it.
  useEffect(() => {
    if (panel && focusTarget && focusField(focusTarget)) clearFocusTarget();
  }, [panel, focusTarget, clearFocusTarget]);

  if (!panel) return null;
  // A new key per panel, so switching editors starts each one fresh.
  return <PanelContent key={JSON.stringify(panel)} panel={panel} />;
}
