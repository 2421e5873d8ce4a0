/**
 * What `evaluateCanvas` reads, stated by the domain itself: everything on a canvas except its
 * free text (the six note blocks and the tactics' descriptions). A caller that sees two versions
 * with the same evaluation inputs may keep the first one's evaluation; typing a note then costs
 * no evaluation. tests/domain/evaluationInputs.test.ts holds `evaluateCanvas` to this.
 */
import { NOTE_BLOCKS, type Canvas, type Tactic } from './schema';

const NOTES: ReadonlySet<keyof Canvas> = new Set(NOTE_BLOCKS);

const withoutDescription = (tactic: Tactic) =>
  (Object.keys(tactic) as (keyof Tactic)[]).filter((key) => key !== 'description');

function sameTacticInputs(a: Tactic, b: Tactic): boolean {
  if (a === b) return true;
  const keys = withoutDescription(b);
  return withoutDescription(a).length === keys.length && keys.every((key) => a[key] === b[key]);
}

const sameTactics = (a: readonly Tactic[], b: readonly Tactic[]) =>
  a === b ||
  (a.length === b.length &&
    a.every((tactic, i) => {
      const other = b[i];
      return other !== undefined && sameTacticInputs(tactic, other);
    }));

/**
 * Whether two versions of a canvas evaluate alike because they differ at most in free text.
 * Fields are compared by identity (an edit replaces what it changes), so this is cheap.
 */
export function sameEvaluationInputs(a: Canvas, b: Canvas): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof Canvas)[];
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) =>
        NOTES.has(key) ||
        a[key] === b[key] ||
        (key === 'tactics' && sameTactics(a.tactics, b.tactics)),
    )
  );
}
