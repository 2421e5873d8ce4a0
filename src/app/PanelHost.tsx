import { lazy, Suspense, useEffect } from 'react';

import { focusField } from '@/components/focusField';
import { withNamespaces } from '@/i18n/config';
import { useUiStore, type Panel } from '@/store/uiStore';

// The editors load when first opened, not before the first screen, with the texts they use.
const SegmentDialog = lazy(
  withNamespaces(() =>
    import('@/features/segments/SegmentDialog').then((m) => ({ default: m.SegmentDialog })),
  ),
);
const RelationshipWorkbench = lazy(
  withNamespaces(() =>
    import('@/features/relationships/RelationshipWorkbench').then((m) => ({
      default: m.RelationshipWorkbench,
    })),
  ),
);
const ChannelsDialog = lazy(
  withNamespaces(() =>
    import('@/features/channels/ChannelsDialog').then((m) => ({ default: m.ChannelsDialog })),
  ),
);
const ScenarioDialog = lazy(
  withNamespaces(() =>
    import('@/features/scenarios/ScenarioDialog').then((m) => ({ default: m.ScenarioDialog })),
  ),
);
const LibraryDialog = lazy(
  withNamespaces(() =>
    import('@/features/library/LibraryDialog').then((m) => ({ default: m.LibraryDialog })),
  ),
);

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

/**
 * Takes the user to the field a finding points at. It mounts with the editor (same Suspense
 * boundary) and its effect runs after the editor's, so it wins over the dialog's initial focus.
 * Panels that must first reveal the field (a tab) handle the target themselves and clear it.
 */
function FocusTarget() {
  const panel = useUiStore((s) => s.panel);
  const focusTarget = useUiStore((s) => s.focusTarget);
  const clearFocusTarget = useUiStore((s) => s.clearFocusTarget);
  useEffect(() => {
    if (panel && focusTarget && focusField(focusTarget)) clearFocusTarget();
  }, [panel, focusTarget, clearFocusTarget]);
  return null;
}

/** Renders the open editor and, once it is on screen, takes the user to the field a finding points at. */
export function PanelHost() {
  const panel = useUiStore((s) => s.panel);
  if (!panel) return null;
  // A new key per panel, so switching editors starts each one fresh.
  const key = JSON.stringify(panel);
  return (
    <Suspense fallback={null}>
      <PanelContent key={key} panel={panel} />
      <FocusTarget key={`${key}-focus`} />
    </Suspense>
  );
}
