import { create } from 'zustand';

import {
  RELATIONSHIP_TYPES,
  createRelationship,
  type Canvas,
  type CostParams,
  type Id,
  type RelationshipAssignment,
  type RelationshipType,
  type Tactic,
} from '@/domain';

import { useCanvasStore } from './canvasStore';

/** A what-if copy of one segment's relationship mix. UI state: never saved, never undone. */
export type ScenarioDraft = {
  canvasId: Id;
  segmentId: Id;
  relationships: RelationshipAssignment[];
  keepTactics: Tactic[];
  /** the segment's mix when the draft started, so anything switched back on keeps its settings */
  original: { relationships: RelationshipAssignment[]; keepTactics: Tactic[] };
};

export type NumericParam = {
  [K in keyof CostParams]-?: NonNullable<CostParams[K]> extends number ? K : never;
}[keyof CostParams];

export type ScenarioState = {
  draft: ScenarioDraft | null;
  /** Copies the segment's relationships and keep tactics into a fresh draft. */
  startScenario: (canvas: Canvas, segmentId: Id) => void;
  toggleType: (type: RelationshipType) => void;
  setCoverage: (relationshipId: Id, coverage: number) => void;
  setParam: (relationshipId: Id, param: NumericParam, value: number) => void;
  setKeepTacticCost: (tacticId: Id, monthlyCost: number | undefined) => void;
  toggleKeepTactic: (tacticId: Id, included: boolean) => void;
  discardScenario: () => void;
};

const isKeepTacticOf = (segmentId: Id) => (t: Tactic) =>
  t.segmentId === segmentId && t.stage === 'keep';

/** Keeps the draft's relationships in the canonical order of the six types. */
const byTypeOrder = (a: RelationshipAssignment, b: RelationshipAssignment) =>
  RELATIONSHIP_TYPES.indexOf(a.type) - RELATIONSHIP_TYPES.indexOf(b.type);

/**
 * The canvas as it would be with the draft applied: the segment's relationships and keep
 * tactics are replaced, everything else is untouched. Pure; the domain does the maths.
 */
export function withScenario(canvas: Canvas, draft: ScenarioDraft): Canvas {
  const { segmentId } = draft;
  return {
    ...canvas,
    relationships: [
      ...canvas.relationships.filter((r) => r.segmentId !== segmentId),
      ...draft.relationships,
    ],
    tactics: [...canvas.tactics.filter((t) => !isKeepTacticOf(segmentId)(t)), ...draft.keepTactics],
  };
}

export const useScenarioStore = create<ScenarioState>()((set, get) => {
  const patchDraft = (recipe: (draft: ScenarioDraft) => Partial<ScenarioDraft>) => {
    const { draft } = get();
    if (!draft) return;
    set({ draft: { ...draft, ...recipe(draft) } });
  };
  const patchRelationship = (
    id: Id,
    recipe: (r: RelationshipAssignment) => RelationshipAssignment,
  ) =>
    patchDraft((d) => ({
      relationships: d.relationships.map((r) => (r.id === id ? recipe(r) : r)),
    }));

  return {
    draft: null,
    startScenario: (canvas, segmentId) => {
      const relationships = structuredClone(
        canvas.relationships.filter((r) => r.segmentId === segmentId),
      );
      const keepTactics = structuredClone(canvas.tactics.filter(isKeepTacticOf(segmentId)));
      set({
        draft: {
          canvasId: canvas.id,
          segmentId,
          relationships,
          keepTactics,
          original: {
            relationships: structuredClone(relationships),
            keepTactics: structuredClone(keepTactics),
          },
        },
      });
    },
    toggleType: (type) =>
      patchDraft((d) => {
        if (d.relationships.some((r) => r.type === type)) {
          return { relationships: d.relationships.filter((r) => r.type !== type) };
        }
        // Spec decision: a type switched back on returns with the settings it had on the canvas;
        // a new type starts as the workbench would create it (no purpose, no channel yet).
        const restored = d.original.relationships.filter((r) => r.type === type);
        const added = restored.length > 0 ? restored : [createRelationship(d.segmentId, type)];
        return { relationships: [...d.relationships, ...added].sort(byTypeOrder) };
      }),
    setCoverage: (id, coverage) => patchRelationship(id, (r) => ({ ...r, coverage })),
    setParam: (id, param, value) =>
      patchRelationship(id, (r) => ({
        ...r,
        params: { ...r.params, [param]: value } satisfies Partial<CostParams>,
      })),
    setKeepTacticCost: (id, monthlyCost) =>
      patchDraft((d) => ({
        keepTactics: d.keepTactics.map((t) => {
          if (t.id !== id) return t;
          const next = { ...t, monthlyCost };
          // an emptied cost is no cost at all, as on the canvas (the field is optional)
          if (monthlyCost === undefined) delete next.monthlyCost;
          return next;
        }),
      })),
    toggleKeepTactic: (id, included) =>
      patchDraft((d) => {
        if (!included) return { keepTactics: d.keepTactics.filter((t) => t.id !== id) };
        const tactic = d.original.keepTactics.find((t) => t.id === id);
        if (!tactic || d.keepTactics.some((t) => t.id === id)) return {};
        // back in its original place, so the comparison lists tactics in canvas order
        const order = d.original.keepTactics.map((t) => t.id);
        const keepTactics = [...d.keepTactics, tactic].sort(
          (a, b) => order.indexOf(a.id) - order.indexOf(b.id),
        );
        return { keepTactics };
      }),
    discardScenario: () => set({ draft: null }),
  };
});

/**
 * Replaces the segment's relationships and keep tactics with the draft's, as ONE canvas edit
 * (one undo step), then forgets the draft. Does nothing if the draft's canvas is gone.
 */
export function applyScenario() {
  const { draft, discardScenario } = useScenarioStore.getState();
  if (!draft) return;
  const { canvases, replaceCanvas } = useCanvasStore.getState();
  const canvas = canvases[draft.canvasId];
  if (canvas) replaceCanvas(canvas.id, withScenario(canvas, draft));
  discardScenario();
}
