import { startTransition, useEffect, useState } from 'react';

import type { Canvas, Evaluation, Finding, Id, SegmentEconomics } from '@/domain';

import { useCanvasStore, type CanvasLibrary } from './canvasStore';
import { useUiStore } from './uiStore';

/*
 * What the first screen reads of the store: the open canvas, the version of it a reader shows,
 * and lookups into an evaluation it is given. Nothing here evaluates (that is `selectors.ts`),
 * so the board is on screen before the domain's rules and economics have loaded.
 */

const economicsIndexes = new WeakMap<Evaluation, Map<Id, SegmentEconomics>>();

function economicsIndex(evaluation: Evaluation): Map<Id, SegmentEconomics> {
  let index = economicsIndexes.get(evaluation);
  if (!index) {
    index = new Map(evaluation.segments.map((e) => [e.segmentId, e]));
    economicsIndexes.set(evaluation, index);
  }
  return index;
}

const findingIndexes = new WeakMap<Evaluation, Map<Id, Finding[]>>();
/** The index built last: its arrays are handed on when they hold the very same findings. */
let lastIndex = new Map<Id, Finding[]>();

/**
 * Findings by the segment and the entities they concern, built once per evaluation. An entity
 * whose findings are the previous evaluation's objects (selectors.ts keeps those) gets the
 * previous array too, so its memoised card skips re-rendering after an edit elsewhere.
 */
function findingIndex(evaluation: Evaluation): Map<Id, Finding[]> {
  let index = findingIndexes.get(evaluation);
  if (!index) {
    index = new Map();
    for (const finding of evaluation.findings) {
      const ids = new Set(finding.entityIds);
      if (finding.segmentId !== undefined) ids.add(finding.segmentId);
      for (const id of ids) {
        const group = index.get(id);
        if (group) group.push(finding);
        else index.set(id, [finding]);
      }
    }
    for (const [id, group] of index) {
      const previous = lastIndex.get(id);
      if (previous?.length === group.length && group.every((f, i) => f === previous[i]))
        index.set(id, previous);
    }
    lastIndex = index;
    findingIndexes.set(evaluation, index);
  }
  return index;
}

const NO_FINDINGS: Finding[] = [];

export const canvasSelectors = {
  active: (s: CanvasLibrary): Canvas | null =>
    s.activeId ? (s.canvases[s.activeId] ?? null) : null,
  list: (s: CanvasLibrary): Canvas[] =>
    s.order.flatMap((id) => (s.canvases[id] ? [s.canvases[id]] : [])),
};

/** Lookups into an evaluation; null is one not loaded yet (the board's first frames): nothing found. */
export const evaluationSelectors = {
  economicsOf: (evaluation: Evaluation | null, segmentId: string): SegmentEconomics | undefined =>
    evaluation ? economicsIndex(evaluation).get(segmentId) : undefined,
  /** In evaluation order; the same array for the same evaluation (treat it as read-only). */
  findingsFor: (evaluation: Evaluation | null, entityId: string): Finding[] =>
    (evaluation && findingIndex(evaluation).get(entityId)) ?? NO_FINDINGS,
};

export function useActiveCanvas(): Canvas | null {
  return useCanvasStore(canvasSelectors.active);
}

/**
 * Which version of the open canvas a reader shows:
 * - `live`: as it is now (presentation, print, the guide, a dialog's own figures);
 * - `settled`: the figures inside an editor, whose fields must answer at once on a big canvas.
 *   It follows the canvas once edits pause for `SETTLE_MS`, so a burst of typing evaluates the
 *   canvas once, at its end, instead of once per keystroke (about 30 ms each at 200 segments
 *   on a slow laptop, in the gap before the next key). Another canvas shows at once.
 * - `board`: what the board and the results panel show. While an editor covers them (the page
 *   skips rendering them then, see `.workspace` in theme.css) they keep the version from when
 *   it opened, so an edit in the editor renders nothing behind it; they catch up on closing.
 */
export type ResultsVersion = 'live' | 'settled' | 'board';

/** Longer than the gap between two keys of most typists, short enough to feel live. */
export const SETTLE_MS = 250;

/** The open canvas in the version `version` shows (null when no canvas is open). */
export function useShownCanvas(version: ResultsVersion): Canvas | null {
  const covered = useUiStore((s) => version === 'board' && s.panel !== null);
  // Mounted while covered, it shows the canvas as it is then; a settled reader starts current.
  const [held, setHeld] = useState(() => canvasSelectors.active(useCanvasStore.getState()));
  // A covered board selects what it holds, so an edit in the editor renders nothing behind it.
  const shown = useCanvasStore((s) => (covered ? held : canvasSelectors.active(s)));
  const settling = version === 'settled' && held !== shown;
  // An uncovered board follows at once; a settled reader only for another canvas, else on a pause.
  const followNow = version === 'board' ? held !== shown : settling && held?.id !== shown?.id;
  if (followNow) setHeld(shown);
  useEffect(() => {
    if (!settling) return;
    const timer = setTimeout(() => startTransition(() => setHeld(shown)), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [settling, shown]);
  return version === 'settled' ? held : shown;
}
