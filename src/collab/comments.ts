/**
 * Comments on a live canvas, in the same Y.Doc under their own top-level map (CLASS-CONTRACT.md):
 * comment id -> Y.Map of plain values. A thread is a first comment and its answers; only the
 * first carries `resolved`. Comments are never edited or deleted by the app: a thread is
 * answered, resolved and reopened.
 */
import * as Y from 'yjs';
import { z } from 'zod/mini';

import { type CanvasProblem, canvasProblems } from '@/domain';

export const COMMENTS_KEY = 'comments';

export const COMMENT_TARGET_KINDS = ['block', 'segment', 'relationship', 'note'] as const;
export type CommentTargetKind = (typeof COMMENT_TARGET_KINDS)[number];
export const COMMENT_ROLES = ['instructor', 'student'] as const;
export type CommentRole = (typeof COMMENT_ROLES)[number];

export const COMMENT_LIMITS = {
  text: 2000,
  name: 60,
  /** Per canvas: a class's worth of discussion, far below the document's size limit. */
  count: 500,
  id: 100,
} as const;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const trimmed = (max: number) =>
  z.string().check(
    z.minLength(1),
    z.maxLength(max),
    z.refine((s) => s === s.trim() && !CONTROL.test(s), { params: { code: 'untrimmed' } }),
  );
const key = z.string().check(z.minLength(1), z.maxLength(COMMENT_LIMITS.id));

export const commentTargetSchema = z.strictObject({ kind: z.enum(COMMENT_TARGET_KINDS), id: key });

export const commentSchema = z.strictObject({
  target: commentTargetSchema,
  authorName: trimmed(COMMENT_LIMITS.name),
  authorRole: z.enum(COMMENT_ROLES),
  // Spec: plain text, trimmed; line breaks and tabs allowed, other control characters not.
  text: trimmed(COMMENT_LIMITS.text),
  at: z.iso.datetime(),
  replyTo: z.optional(key),
  resolved: z.optional(z.boolean()),
});

export type CommentTarget = z.infer<typeof commentTargetSchema>;
export type CommentData = z.infer<typeof commentSchema>;
export type Comment = CommentData & { id: string };

export type Thread = {
  id: string;
  target: CommentTarget;
  resolved: boolean;
  /** The first comment, then its answers in the order they were written. */
  comments: Comment[];
};

export const targetKey = (target: CommentTarget): string => `${target.kind}:${target.id}`;

const commentsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(COMMENTS_KEY);

/** Every valid comment (an entry the schema refuses is skipped: the server never keeps one). */
export function readComments(doc: Y.Doc): Comment[] {
  const comments: Comment[] = [];
  commentsOf(doc).forEach((entry, id) => {
    const parsed = entry instanceof Y.Map ? commentSchema.safeParse(entry.toJSON()) : null;
    if (parsed?.success) comments.push({ ...parsed.data, id });
  });
  return comments;
}

const byTime = (a: Comment, b: Comment) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1;

/** The threads, oldest first; an answer whose thread is missing is left out. */
export function readThreads(doc: Y.Doc): Thread[] {
  const comments = readComments(doc).sort(byTime);
  const threads = new Map<string, Thread>();
  for (const c of comments) {
    if (c.replyTo === undefined) {
      threads.set(c.id, { id: c.id, target: c.target, resolved: !!c.resolved, comments: [c] });
    }
  }
  for (const c of comments) {
    if (c.replyTo !== undefined) threads.get(c.replyTo)?.comments.push(c);
  }
  return [...threads.values()];
}

/** Threads grouped by `targetKey` of what they are about. */
export function threadsByTarget(threads: readonly Thread[]): Map<string, Thread[]> {
  const grouped = new Map<string, Thread[]>();
  for (const thread of threads) {
    const k = targetKey(thread.target);
    grouped.set(k, [...(grouped.get(k) ?? []), thread]);
  }
  return grouped;
}

export type NewComment = {
  target: CommentTarget;
  authorName: string;
  authorRole: CommentRole;
  text: string;
  /** The thread this answers (its first comment's id). */
  replyTo?: string;
};

export type AddResult = { ok: true; id: string } | { ok: false; problems: CanvasProblem[] };

let sequence = 0;
/** Unique without a random source: the document's client id is already random. */
const newCommentId = (doc: Y.Doc) =>
  `${doc.clientID.toString(36)}-${Date.now().toString(36)}-${(sequence++).toString(36)}`;

/** Adds a comment (text and name trimmed), or says why it cannot be added. */
export function addComment(
  doc: Y.Doc,
  comment: NewComment,
  origin: unknown = null,
  now: Date = new Date(),
): AddResult {
  const data: CommentData = {
    target: comment.target,
    authorName: comment.authorName.trim(),
    authorRole: comment.authorRole,
    text: comment.text.trim(),
    at: now.toISOString(),
    ...(comment.replyTo === undefined ? { resolved: false } : { replyTo: comment.replyTo }),
  };
  const parsed = commentSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: canvasProblems(parsed) };
  const id = newCommentId(doc);
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    for (const [field, value] of Object.entries(parsed.data)) entry.set(field, value);
    commentsOf(doc).set(id, entry);
  }, origin);
  return { ok: true, id };
}

/** Marks a thread resolved or open again. */
export function setResolved(
  doc: Y.Doc,
  threadId: string,
  resolved: boolean,
  origin: unknown = null,
): void {
  const entry = commentsOf(doc).get(threadId);
  if (!(entry instanceof Y.Map) || entry.get('replyTo') !== undefined) return;
  if (entry.get('resolved') === resolved) return;
  doc.transact(() => entry.set('resolved', resolved), origin);
}

/**
 * Calls `onChange` with the threads after every change to the comments (local or remote), and
 * never for an edit of the canvas. Returns the function that stops observing.
 */
export function observeComments(
  doc: Y.Doc,
  onChange: (threads: Thread[], origin: unknown) => void,
): () => void {
  const map = commentsOf(doc);
  const listener = (_events: unknown, transaction: Y.Transaction) =>
    onChange(readThreads(doc), transaction.origin);
  map.observeDeep(listener);
  return () => map.unobserveDeep(listener);
}

/**
 * What is wrong with the stored comments as a whole (the server's check), or null: the count
 * cap and every entry's shape.
 */
export function commentsProblem(doc: Y.Doc): CanvasProblem | null {
  const map = commentsOf(doc);
  if (map.size > COMMENT_LIMITS.count) return { path: [COMMENTS_KEY], code: 'too_big' };
  for (const [id, entry] of map.entries()) {
    if (!(entry instanceof Y.Map)) return { path: [COMMENTS_KEY, id], code: 'invalid_type' };
    const parsed = commentSchema.safeParse(entry.toJSON());
    if (!parsed.success) {
      const [first] = canvasProblems(parsed);
      return { path: [COMMENTS_KEY, id, ...(first?.path ?? [])], code: first?.code ?? 'invalid' };
    }
  }
  return null;
}
