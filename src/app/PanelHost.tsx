import { memo, Suspense, useEffect, useState } from 'react';

import { DialogClosing } from '@/components/dialogClosing';

import { withNamespaces } from '@/i18n/config';
import { focusField } from '@/lib/focusField';
import { lazyWithPreload } from '@/lib/lazyWithPreload';
import { useUiStore, type Panel } from '@/store/uiStore';

// The editors are not part of the first screen: their code and texts load once it is up (or
// when one is opened first), so opening one later shows it at once.
const SegmentDialog = lazyWithPreload(
  withNamespaces(() => import('@/features/segments/SegmentDialog').then((m) => m.SegmentDialog)),
);
const RelationshipWorkbench = lazyWithPreload(
  withNamespaces(() =>
    import('@/features/relationships/RelationshipWorkbench').then((m) => m.RelationshipWorkbench),
  ),
);
const ChannelsDialog = lazyWithPreload(
  withNamespaces(() => import('@/features/channels/ChannelsDialog').then((m) => m.ChannelsDialog)),
);
const ScenarioDialog = lazyWithPreload(
  withNamespaces(() => import('@/features/scenarios/ScenarioDialog').then((m) => m.ScenarioDialog)),
);
const LibraryDialog = lazyWithPreload(
  withNamespaces(() => import('@/features/library/LibraryDialog').then((m) => m.LibraryDialog)),
);
const EDITORS = [
  SegmentDialog,
  RelationshipWorkbench,
  ChannelsDialog,
  ScenarioDialog,
  LibraryDialog,
];

/** Loads every editor's code and texts, for once the first screen is up. */
export function preloadEditors() {
  // A failed early load is not news: opening the editor tries again and reports it.
  for (const editor of EDITORS) editor.preload().catch(() => undefined);
}

// Memoised: closing changes only the context, which reaches the Dialog, not the editor's content.
const PanelContent = memo(function PanelContent({ panel }: { panel: Panel }) {
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
});

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

/**
 * Renders the open editor and, once it is on screen, takes the user to the field a finding points
 * at. A closed editor is hidden in the closing render and unmounted after the next paint, so
 * Escape shows the board without waiting for the editor's teardown.
 */
export function PanelHost() {
  const panel = useUiStore((s) => s.panel);
  const [shown, setShown] = useState(panel);
  if (panel && panel !== shown) setShown(panel);
  const closing = !panel && shown !== null;
  useEffect(() => {
    // Not cancelled: it shows what is open by then (a reopened editor stays).
    if (closing)
      requestAnimationFrame(() => setTimeout(() => setShown(useUiStore.getState().panel)));
  }, [closing]);
  if (!shown) return null;
  // A new key per panel, so switching editors starts each one fresh.
  const key = JSON.stringify(shown);
  return (
    <DialogClosing value={closing}>
      <Suspense fallback={null}>
        <PanelContent key={key} panel={shown} />
        {!closing && <FocusTarget key={`${key}-focus`} />}
      </Suspense>
    </DialogClosing>
  );
}
