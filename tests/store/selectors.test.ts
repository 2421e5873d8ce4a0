import { describe, expect, it } from 'vitest';

import {
  createEmptyCanvas,
  createNote,
  createSegment,
  createTactic,
  evaluateCanvas,
  NOTE_BLOCKS,
  type Canvas,
} from '@/domain';
import { evaluationOf, evaluationSelectors } from '@/store/selectors';

/** Two segments with no relationships: each gets the same kinds of findings. */
function twoSegments(): Canvas {
  const canvas = createEmptyCanvas({ name: 'Shop', currency: 'EUR', locale: 'en' });
  canvas.segments.push(
    createSegment({ name: 'Families', size: 100, monthlyRevenuePerCustomer: 20 }, 0),
    createSegment({ name: 'Students', size: 300, monthlyRevenuePerCustomer: 8 }, 1),
  );
  return canvas;
}

const renamed = (canvas: Canvas, index: number, name: string): Canvas => ({
  ...canvas,
  segments: canvas.segments.map((s, i) => (i === index ? { ...s, name } : s)),
});

/** `canvas` with a note in each of the six note blocks, linked to its first segment. */
function withNotes(canvas: Canvas, text: string): Canvas {
  const linked = canvas.segments.slice(0, 1).map((s) => s.id);
  const next = { ...canvas };
  for (const block of NOTE_BLOCKS) next[block] = [...canvas[block], createNote(text, linked)];
  return next;
}

/** `canvas` with a get and a keep tactic for each segment, described as `text`. */
function withTactics(canvas: Canvas, text: string): Canvas {
  const tactics = canvas.segments.flatMap((s) => [
    createTactic(s.id, 'get', { monthlyCost: 50, description: text }),
    createTactic(s.id, 'keep', { monthlyCost: 20 }),
  ]);
  return { ...canvas, tactics };
}

/** `canvas` with its first tactic's description set to `text`, as typing it does. */
const described = (canvas: Canvas, text: string): Canvas => ({
  ...canvas,
  tactics: canvas.tactics.map((t, i) => (i === 0 ? { ...t, description: text } : t)),
});

describe('evaluationOf', () => {
  it('should give a version that differs only in its notes the same evaluation', () => {
    const canvas = twoSegments();
    const evaluated = evaluationOf(canvas);
    const noted = withNotes(canvas, 'First note');
    expect(evaluationOf(noted)).toBe(evaluated);
    expect(evaluationOf(withNotes(noted, 'Second note'))).toBe(evaluated);
    expect(evaluationOf(renamed(noted, 0, 'Parents'))).not.toBe(evaluated);
  });

  it("should keep the evaluation while a tactic's description is typed", () => {
    // tests/domain/evaluationInputs.test.ts holds the domain to not reading descriptions.
    const canvas = withTactics(twoSegments(), 'Flyers at the school gate');
    const evaluated = evaluationOf(canvas);
    const typed = described(canvas, 'Flyers at the school gate, twice');
    expect(evaluationOf(typed)).toBe(evaluated);
    expect(evaluationOf(typed).segments).toEqual(evaluateCanvas(typed).segments);
    // Anything else about a tactic is evaluated again: its cost feeds the figures.
    const costed = {
      ...typed,
      tactics: typed.tactics.map((t, i) => (i === 0 ? { ...t, monthlyCost: 90 } : t)),
    };
    expect(evaluationOf(costed)).not.toBe(evaluated);
  });

  it('should evaluate each version of a canvas once', () => {
    const canvas = twoSegments();
    expect(evaluationOf(canvas)).toBe(evaluationOf(canvas));
  });

  it('should keep only the recent versions, not one evaluation per undo step', () => {
    const first = twoSegments();
    const evaluated = evaluationOf(first);
    let version = first;
    for (let i = 0; i < 10; i++) {
      version = renamed(version, 1, `Students ${i}`);
      evaluationOf(version);
    }
    expect(evaluationOf(version)).toBe(evaluationOf(version));
    // An old version is evaluated again when it comes back (undo): same figures, fresh object.
    const again = evaluationOf(first);
    expect(again).not.toBe(evaluated);
    expect(again.segments).toEqual(evaluated.segments);
    expect(again.findings.map((f) => f.ruleId)).toEqual(evaluated.findings.map((f) => f.ruleId));
  });

  it('should keep the objects of findings that read the same in the next version', () => {
    const first = twoSegments();
    const before = evaluationOf(first);
    const [families, students] = first.segments;
    if (!families || !students) throw new Error('fixture');
    const after = evaluationOf(renamed(first, 0, 'Young families'));

    const kept = (id: string) =>
      evaluationSelectors
        .findingsFor(after, id)
        .every((f) => evaluationSelectors.findingsFor(before, id).includes(f));
    expect(evaluationSelectors.findingsFor(after, students.id).length).toBeGreaterThan(0);
    expect(kept(students.id)).toBe(true);
    // Findings that name the renamed segment carry the new name, so they are new objects.
    const naming = evaluationSelectors
      .findingsFor(after, families.id)
      .filter((f) => f.values?.segment === 'Young families');
    expect(naming.length).toBeGreaterThan(0);
    for (const finding of naming) {
      expect(evaluationSelectors.findingsFor(before, families.id)).not.toContain(finding);
    }
  });
});

describe('evaluationSelectors', () => {
  it("should hand on a segment's findings array when an edit elsewhere leaves them alone", () => {
    const first = twoSegments();
    const [families, students] = first.segments;
    if (!families || !students) throw new Error('fixture');
    const before = evaluationOf(first);
    const kept = evaluationSelectors.findingsFor(before, students.id);
    const after = evaluationOf(renamed(first, 0, 'Young families'));

    expect(kept.length).toBeGreaterThan(0);
    // the same array, so a memoised card given it skips re-rendering
    expect(evaluationSelectors.findingsFor(after, students.id)).toBe(kept);
    expect(evaluationSelectors.findingsFor(after, families.id)).not.toBe(
      evaluationSelectors.findingsFor(before, families.id),
    );
  });

  it('should list the findings about a segment or an entity, in evaluation order', () => {
    const canvas = twoSegments();
    const evaluation = evaluationOf(canvas);
    for (const segment of canvas.segments) {
      const expected = evaluation.findings.filter(
        (f) => f.segmentId === segment.id || f.entityIds.includes(segment.id),
      );
      expect(evaluationSelectors.findingsFor(evaluation, segment.id)).toEqual(expected);
    }
    expect(evaluationSelectors.findingsFor(evaluation, 'nobody')).toEqual([]);
  });

  it('should find a segment economics by id', () => {
    const canvas = twoSegments();
    const evaluation = evaluationOf(canvas);
    const [, students] = canvas.segments;
    expect(evaluationSelectors.economicsOf(evaluation, students?.id ?? '')).toBe(
      evaluation.segments[1],
    );
    expect(evaluationSelectors.economicsOf(evaluation, 'nobody')).toBeUndefined();
  });
});
