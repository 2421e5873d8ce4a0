/**
 * sameEvaluationInputs states what evaluateCanvas ignores (notes, tactics' descriptions); the
 * store keeps an evaluation across such edits, so the evaluation must really not read them.
 */
import fc from 'fast-check';

import { createNote, NOTE_BLOCKS, sameEvaluationInputs, type Canvas } from '@/domain';

import { canvasArb } from './arbitraries';
import { snapshot } from './evaluationSnapshot';

/** `canvas` with other free text: a note in every note block, every tactic described anew. */
function retyped(canvas: Canvas, text: string): Canvas {
  const next: Canvas = {
    ...canvas,
    tactics: canvas.tactics.map((t) => ({ ...t, description: text })),
  };
  const linked = canvas.segments.slice(0, 1).map((s) => s.id);
  for (const block of NOTE_BLOCKS) next[block] = [...canvas[block], createNote(text, linked)];
  return next;
}

describe('sameEvaluationInputs', () => {
  it('should hold across free-text edits, which then evaluate exactly alike', () => {
    fc.assert(
      fc.property(canvasArb, fc.string({ maxLength: 40 }), (canvas, text) => {
        const edited = retyped(canvas, text);
        expect(sameEvaluationInputs(canvas, edited)).toBe(true);
        // New objects throughout, so nothing cached can hide a difference.
        expect(snapshot(structuredClone(edited))).toEqual(snapshot(structuredClone(canvas)));
      }),
      { numRuns: 40 },
    );
  });

  it('should not hold once anything the evaluation reads changes', () => {
    fc.assert(
      fc.property(canvasArb, (canvas) => {
        fc.pre(canvas.segments.length > 0);
        const renamed = {
          ...canvas,
          segments: canvas.segments.map((s, i) => (i === 0 ? { ...s, name: `${s.name}!` } : s)),
        };
        expect(sameEvaluationInputs(canvas, renamed)).toBe(false);
        const costed = {
          ...canvas,
          tactics: canvas.tactics.map((t, i) =>
            i === 0 ? { ...t, monthlyCost: (t.monthlyCost ?? 0) + 1 } : t,
          ),
        };
        expect(sameEvaluationInputs(canvas, costed)).toBe(canvas.tactics.length === 0);
        expect(sameEvaluationInputs(canvas, { ...canvas, currency: 'JPY' })).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});
