/**
 * A copy of each open document that incoming updates are tried on before Hocuspocus applies
 * them to the real one. The copy follows every change of the document (so it needs no rebuild
 * per update, which cost ~10 ms on a class-sized canvas) and is dropped when an update is refused.
 * A trial reports what the update changed (server/policy.ts judges it).
 */
import * as Y from 'yjs';

/**
 * One changed key of a Y.Map, with the value it had before the update; `list` stands for items
 * inserted into or removed from a list part (its key is '').
 */
export interface KeyChange {
  /** Keys from the root's own map down to the changed type (`[]`: the root itself). */
  path: string[];
  key: string;
  action: 'add' | 'update' | 'delete' | 'list';
  oldValue: unknown;
}

/** What one update changed, read while its Yjs events can still be read. */
export interface Change {
  /** The top-level names whose content changed (any depth). */
  roots: ReadonlySet<string>;
  /** The update holds parts that wait for changes the server has not seen yet. */
  leftPending: boolean;
  /** The changed map keys under `root`, computed on demand for that root only. */
  keyChanges: (root: string) => KeyChange[];
}

export interface Refusal {
  /** `schema`: content the checks refuse, or an unknown name; `forbidden`: not this role's to change. */
  reason: 'schema' | 'forbidden';
  path?: string;
}

/** Judges the copy after the update; `change.keyChanges` works only during this call. */
export type Judge = (doc: Y.Doc, change: Change) => Refusal | null;

interface Shadow {
  doc: Y.Doc;
  /** An upper bound of the encoded size: the last measured size plus every update since. */
  sizeBound: number;
  stop: () => void;
}

export type Trial = { ok: true } | { ok: false; reason: 'too_large' } | ({ ok: false } & Refusal);

export class Shadows {
  private readonly shadows = new WeakMap<Y.Doc, Shadow>();

  /**
   * `mapRoots`: the top-level names defined as maps on every copy, so the changes under them are
   * heard (Yjs reports none for a name nobody has asked for by type yet).
   */
  constructor(
    private readonly maxDocumentBytes: number,
    private readonly mapRoots: readonly string[],
  ) {}

  /** Applies `update` to the document's copy and says whether the result may be kept. */
  try(document: Y.Doc, update: Uint8Array, judge: Judge): Trial {
    const shadow = this.shadowOf(document);
    const pendingBefore = hasPending(shadow.doc);
    let refusal: Refusal | null = null;
    let judged = false;
    // The size is measured first, but key changes can only be read during the transaction's
    // cleanup: the judge runs there, and its verdict waits until the size is known.
    const onTransaction = (transaction: Y.Transaction) => {
      judged = true;
      refusal = judge(shadow.doc, {
        roots: rootsOf(transaction),
        leftPending: !pendingBefore && hasPending(shadow.doc),
        keyChanges: (root) => keyChangesOf(transaction, root),
      });
    };
    shadow.doc.on('afterTransaction', onTransaction);
    try {
      Y.applyUpdate(shadow.doc, update);
    } finally {
      shadow.doc.off('afterTransaction', onTransaction);
    }
    shadow.sizeBound += update.byteLength;
    if (shadow.sizeBound > this.maxDocumentBytes) {
      shadow.sizeBound = Y.encodeStateAsUpdate(shadow.doc).byteLength;
      if (shadow.sizeBound > this.maxDocumentBytes)
        return this.drop(document, { ok: false, reason: 'too_large' });
    }
    if (!judged) return { ok: true };
    const found = refusal as Refusal | null;
    return found ? this.drop(document, { ok: false, ...found }) : { ok: true };
  }

  private shadowOf(document: Y.Doc): Shadow {
    const existing = this.shadows.get(document);
    if (existing) return existing;
    const doc = new Y.Doc({ gc: false });
    for (const name of this.mapRoots) doc.getMap(name);
    const state = Y.encodeStateAsUpdate(document);
    Y.applyUpdate(doc, state);
    // Whatever reaches the document (another process through Redis, a migration) reaches the copy;
    // updates tried first arrive a second time here and change nothing.
    const follow = (update: Uint8Array) => Y.applyUpdate(doc, update);
    document.on('update', follow);
    const shadow = { doc, sizeBound: state.byteLength, stop: () => document.off('update', follow) };
    this.shadows.set(document, shadow);
    return shadow;
  }

  /** The refused update is in the copy but not in the document: start a fresh copy next time. */
  private drop<T>(document: Y.Doc, result: T): T {
    const shadow = this.shadows.get(document);
    shadow?.stop();
    shadow?.doc.destroy();
    this.shadows.delete(document);
    return result;
  }
}

/** Any shared type (Yjs types them by the events they emit). */
type YType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

const hasPending = (doc: Y.Doc) =>
  doc.store.pendingStructs !== null || doc.store.pendingDs !== null;

/** The top-level type a type sits under (itself for a root). */
function rootTypeOf(type: YType): YType {
  let current = type;
  while (current._item) current = current._item.parent as YType;
  return current;
}

function rootName(doc: Y.Doc, root: YType): string {
  for (const [name, type] of doc.share) if (type === root) return name;
  // A type not reachable from a root: only a broken update can make one. Never a policy name.
  return '';
}

/**
 * Every type the transaction changed, walked up to its root, including types already deleted
 * (whose changes no observer hears, but which still take room).
 */
function rootsOf(transaction: Y.Transaction): Set<string> {
  const roots = new Set<YType>();
  for (const type of transaction.changed.keys()) roots.add(rootTypeOf(type));
  return new Set([...roots].map((root) => rootName(transaction.doc, root)));
}

function pathOf(type: YType): string[] {
  const path: string[] = [];
  let current = type;
  while (current._item) {
    path.unshift(current._item.parentSub ?? '');
    current = current._item.parent as YType;
  }
  return path;
}

function keyChangesOf(transaction: Y.Transaction, root: string): KeyChange[] {
  const rootType = transaction.doc.share.get(root);
  const events = rootType ? transaction.changedParentTypes.get(rootType) : undefined;
  return (events ?? []).flatMap((event) => {
    const path = pathOf(event.target);
    const { keys, delta } = event.changes;
    const changes: KeyChange[] = [...keys].map(([key, { action, oldValue }]) => ({
      path,
      key,
      action,
      oldValue: oldValue as unknown,
    }));
    if (delta.length > 0) changes.push({ path, key: '', action: 'list', oldValue: undefined });
    return changes;
  });
}
