/**
 * Who may change what in a class document: one table from each top-level name to the roles that
 * may write it and the check its new content must pass (CLASS-CONTRACT.md). A name outside the
 * table is refused, so nothing unknown is ever stored.
 */
import type * as Y from 'yjs';

import { CANVAS_KEY, COMMENTS_KEY, commentsProblem, readCanvas } from '@/collab';
import { HANDINS_KEY } from '@/collab/handins';

import type { Access } from './classes';
import { checkHandins } from './handinsCheck';
import type { Change, Judge, KeyChange, Refusal } from './shadows';

type Role = Access['role'];
export type RootCheck = (doc: Y.Doc, access: Access, change: Change) => Refusal | null;

const schema = (path: string): Refusal => ({ reason: 'schema', path });
const forbidden = (path: string): Refusal => ({ reason: 'forbidden', path });

const checkCanvas: RootCheck = (doc) => {
  // A document nobody has written a canvas into yet is left alone.
  if (doc.getMap(CANVAS_KEY).size === 0) return null;
  const result = readCanvas(doc);
  return result.ok ? null : schema(result.problems[0]?.path.join('.') ?? CANVAS_KEY);
};

/**
 * Comments are added and their threads resolved or reopened; nothing else. A comment is added
 * under its writer's role (a student under their own display name), so the instructor never
 * speaks for a student and never edits anyone's words.
 */
const checkComments: RootCheck = (doc, access, change) => {
  const problem = commentsProblem(doc);
  if (problem) return schema(problem.path.join('.'));
  const comments = doc.getMap<Y.Map<unknown>>(COMMENTS_KEY);
  const where = (c: KeyChange) => [COMMENTS_KEY, ...c.path, c.key].filter(Boolean).join('.');
  for (const c of change.keyChanges(COMMENTS_KEY)) {
    // Comments are maps of plain values: a list anywhere in them is not a comment.
    if (c.action === 'list') return schema(where(c));
    if (c.path.length === 0 && c.action === 'add') {
      const added = comments.get(c.key)!;
      if (added.get('authorRole') !== access.role) return forbidden(where(c));
      if (access.role === 'student' && added.get('authorName') !== access.displayName)
        return forbidden(where(c));
    } else if (!(c.path.length === 1 && c.key === 'resolved')) {
      return forbidden(where(c));
    }
  }
  return null;
};

/**
 * Hand-ins are frozen: added whole, never changed or deleted (server/handinsCheck.ts), and a
 * student hands in under their own display name only.
 */
const checkHandinsRoot: RootCheck = (doc, access, change) => {
  const result = checkHandins(doc);
  if (!result.ok)
    return result.problem === 'changed' ? forbidden(result.path) : schema(result.path);
  if (access.role !== 'student') return forbidden(HANDINS_KEY);
  const handins = doc.getMap<Y.Map<unknown>>(HANDINS_KEY);
  for (const c of change.keyChanges(HANDINS_KEY)) {
    if (
      c.path.length === 0 &&
      c.action === 'add' &&
      handins.get(c.key)?.get('by') !== access.displayName
    )
      return forbidden(`${HANDINS_KEY}.${c.key}.by`);
  }
  return null;
};

const POLICY: Readonly<Record<string, { writers: readonly Role[]; check: RootCheck }>> = {
  [CANVAS_KEY]: { writers: ['student'], check: checkCanvas },
  [COMMENTS_KEY]: { writers: ['student', 'instructor'], check: checkComments },
  [HANDINS_KEY]: { writers: ['student'], check: checkHandinsRoot },
};

/** The top-level names the policy knows: all maps. */
export const POLICY_ROOTS: readonly string[] = Object.keys(POLICY);

/** The judge of one connection's updates. */
export function judgeFor(access: Access): Judge {
  return (doc, change) => {
    // Parts held back until something else arrives would later be applied under someone else's
    // update: only a role that may write every name can leave them.
    if (change.leftPending && access.role === 'instructor') return forbidden('');
    for (const root of change.roots) {
      const rule = Object.hasOwn(POLICY, root) ? POLICY[root] : undefined;
      if (!rule) return schema(root);
      if (!rule.writers.includes(access.role)) return forbidden(root);
    }
    for (const root of change.roots) {
      const refusal = POLICY[root]!.check(doc, access, change);
      if (refusal) return refusal;
    }
    return null;
  };
}
