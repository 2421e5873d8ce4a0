/**
 * Repairs a stored canvas item by item, like Excalidraw's `restoreElements`: what can be fixed
 * without losing anything is fixed; a broken list item is removed and an over-long text is cut,
 * and those lossy repairs are reported so the caller keeps the original in a backup first.
 * Anything else (a bad currency, broken settings, unknown fields) is not guessed at.
 */
import {
  canvasProblems,
  canvasSchema,
  createId,
  NOTE_BLOCKS,
  type Canvas,
  type CanvasProblem,
} from '@/domain';

import { isRecord } from './envelope';

type Path = (string | number)[];

export type RepairAction =
  /** a missing list was added empty */
  | 'added'
  /** a note id used twice got a fresh id (nothing refers to notes) */
  | 'new_id'
  /** an invalid item was taken out of its list */
  | 'removed'
  /** a text or list longer than allowed was cut to the limit */
  | 'truncated';

export type CanvasRepair = { path: Path; action: RepairAction };

export type RepairResult =
  | { ok: true; canvas: Canvas; repairs: CanvasRepair[] }
  /** `unknownKeys`: paths of fields this version does not know (maybe from a newer version). */
  | { ok: false; problems: CanvasProblem[]; unknownKeys: Path[] };

const ENTITY_LISTS = ['segments', 'channels', 'relationships', 'tactics'] as const;
/** Lists whose items can be removed one by one; `sources` is optional, so never added. */
const REMOVABLE = new Set<string>([...ENTITY_LISTS, ...NOTE_BLOCKS, 'sources']);
const REQUIRED_LISTS = [...ENTITY_LISTS, ...NOTE_BLOCKS];
// Each round can only remove more, so this bounds the work; removing a segment can
// invalidate what refers to it (round 2), which can invalidate nothing further.
const MAX_ROUNDS = 4;

export function isLossy(repair: CanvasRepair): boolean {
  return repair.action === 'removed' || repair.action === 'truncated';
}

/**
 * Validates `data` as the canvas stored under `id`, repairing what is safe.
 * @example repairCanvasData({ ...canvas, keyPartners: undefined }, canvas.id) // ok, repairs: [{ path: ['keyPartners'], action: 'added' }]
 */
export function repairCanvasData(data: unknown, id: string): RepairResult {
  if (!isRecord(data))
    return { ok: false, problems: [{ path: [], code: 'invalid_type' }], unknownKeys: [] };
  // Spread, never Object.assign: a parsed "__proto__" key stays a plain own key.
  let draft: Record<string, unknown> = { ...data };
  const repairs: CanvasRepair[] = [];
  // Spec decision: the key's id wins over the one inside, so two keys can never share a canvas id.
  draft.id = id;
  for (const list of REQUIRED_LISTS) {
    if (draft[list] === undefined) {
      draft[list] = [];
      repairs.push({ path: [list], action: 'added' });
    }
  }
  renewDuplicateNoteIds(draft, repairs);

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = canvasSchema.safeParse(draft);
    if (result.success) return { ok: true, canvas: result.data, repairs };
    const unknownKeys = canvasProblems(result)
      .filter((p) => p.code === 'unrecognized_keys')
      .map((p) => p.path);
    if (unknownKeys.length > 0) return { ok: false, problems: canvasProblems(result), unknownKeys };

    const removals = new Map<string, Set<number>>();
    for (const issue of result.error.issues) {
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      const [list, index] = path;
      if (
        issue.code === 'too_big' &&
        issue.origin === 'string' &&
        typeof issue.maximum === 'number'
      ) {
        const value = valueAt(draft, path);
        if (typeof value === 'string') {
          draft = setAt(draft, path, value.slice(0, Number(issue.maximum)));
          repairs.push({ path, action: 'truncated' });
          continue;
        }
      }
      if (typeof list === 'string' && REMOVABLE.has(list)) {
        if (typeof index === 'number') {
          if (!removals.has(list)) removals.set(list, new Set());
          removals.get(list)?.add(index);
          continue;
        }
        if (issue.code === 'too_big' && issue.origin === 'array' && Array.isArray(draft[list])) {
          draft[list] = draft[list].slice(0, Number(issue.maximum));
          repairs.push({ path: [list], action: 'truncated' });
          continue;
        }
      }
      return { ok: false, problems: canvasProblems(result), unknownKeys: [] };
    }
    for (const [list, indexes] of removals) {
      const items = draft[list];
      if (!Array.isArray(items)) continue;
      draft[list] = items.filter((_, i) => !indexes.has(i));
      for (const index of indexes) repairs.push({ path: [list, index], action: 'removed' });
    }
  }
  const last = canvasSchema.safeParse(draft);
  return last.success
    ? { ok: true, canvas: last.data, repairs }
    : { ok: false, problems: canvasProblems(last), unknownKeys: [] };
}

/** Gives a fresh id to every note whose id is already taken by the canvas or an earlier item. */
function renewDuplicateNoteIds(draft: Record<string, unknown>, repairs: CanvasRepair[]) {
  const seen = new Set<unknown>([draft.id]);
  for (const list of ENTITY_LISTS) {
    const items = draft[list];
    if (Array.isArray(items)) for (const item of items) if (isRecord(item)) seen.add(item.id);
  }
  for (const block of NOTE_BLOCKS) {
    const notes = draft[block];
    if (!Array.isArray(notes)) continue;
    draft[block] = notes.map((note: unknown, index) => {
      if (!isRecord(note) || typeof note.id !== 'string') return note;
      if (!seen.has(note.id)) {
        seen.add(note.id);
        return note;
      }
      repairs.push({ path: [block, index, 'id'], action: 'new_id' });
      return { ...note, id: createId('note') };
    });
  }
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node) && typeof key === 'string' && Object.hasOwn(node, key))
      node = node[key];
    else return undefined;
  }
  return node;
}

/** A copy of `root` with `value` at `path`, copying only the containers along the way. */
function setAt(root: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const write = (node: unknown, depth: number): unknown => {
    const key = path[depth];
    if (key === undefined) return value;
    if (Array.isArray(node) && typeof key === 'number') {
      const copy = [...node];
      copy[key] = write(node[key], depth + 1);
      return copy;
    }
    if (isRecord(node) && typeof key === 'string') {
      return { ...node, [key]: write(node[key], depth + 1) };
    }
    return node;
  };
  const next = write(root, 0);
  return isRecord(next) ? next : root;
}
