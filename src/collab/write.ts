/** Applies a plain value onto its Yjs counterpart with the smallest set of changes. */
import * as Y from 'yjs';

import { type Kind, VALUE } from './shape';

type Plain = Record<string, unknown>;
/** The Yjs types this module writes. */
type YType = Y.Map<unknown> | Y.Array<unknown> | Y.Text;

const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Writes `value` under `key` of `map`, reusing the Yjs type already there when it fits. */
export function writeEntry(map: Y.Map<unknown>, key: string, value: unknown, kind: Kind): void {
  if (value === undefined) {
    if (map.has(key)) map.delete(key);
    return;
  }
  const current = map.get(key);
  const fitting = fits(current, value, kind);
  if (fitting) return fill(fitting, value, kind);
  if (kind.kind === 'value' || !isShapedLike(value, kind)) {
    if (!sameValue(current, value)) map.set(key, structuredClone(value));
    return;
  }
  fill(map.set(key, emptyTypeFor(kind)), value, kind);
}

/** Writes the fields of `value` into `map`, deleting the fields it no longer has. */
export function writeObject(map: Y.Map<unknown>, value: Plain, fields: (key: string) => Kind) {
  for (const key of [...map.keys()]) if (value[key] === undefined) map.delete(key);
  for (const [key, field] of Object.entries(value)) writeEntry(map, key, field, fields(key));
}

function fill(target: YType, value: unknown, kind: Kind): void {
  switch (kind.kind) {
    case 'text':
      return writeText(target as Y.Text, value as string);
    case 'object':
      return writeObject(target as Y.Map<unknown>, value as Plain, (k) => kind.fields[k] ?? VALUE);
    case 'record':
      return writeObject(target as Y.Map<unknown>, value as Plain, () => kind.value);
    case 'entities':
      return writeEntities(target as Y.Map<unknown>, value as Plain[], kind.item, kind.key);
    case 'list':
      return writeList(target as Y.Array<unknown>, value as unknown[], kind.item);
  }
}

/** The Yjs type already in place, when it matches what `kind` stores `value` as. */
function fits(current: unknown, value: unknown, kind: Kind): YType | undefined {
  if (!isShapedLike(value, kind)) return undefined;
  switch (kind.kind) {
    case 'text':
      return current instanceof Y.Text ? current : undefined;
    case 'object':
    case 'record':
      return current instanceof Y.Map ? current : undefined;
    case 'entities':
      return current instanceof Y.Map &&
        current.get('byId') instanceof Y.Map &&
        current.get('order') instanceof Y.Array
        ? current
        : undefined;
    case 'list':
      return current instanceof Y.Array ? current : undefined;
    default:
      return undefined;
  }
}

/** Whether `value` has the plain shape `kind` expects (else it is stored as a plain value). */
function isShapedLike(value: unknown, kind: Kind): boolean {
  switch (kind.kind) {
    case 'text':
      return typeof value === 'string';
    case 'object':
    case 'record':
      return isPlainObject(value);
    case 'entities':
      return (
        Array.isArray(value) &&
        value.every((v) => isPlainObject(v) && typeof v[kind.key] === 'string') &&
        new Set(value.map((v: Plain) => v[kind.key])).size === value.length
      );
    case 'list':
      return Array.isArray(value);
    default:
      return false;
  }
}

function emptyTypeFor(kind: Kind): YType {
  switch (kind.kind) {
    case 'text':
      return new Y.Text();
    case 'list':
      return new Y.Array();
    case 'entities': {
      const map = new Y.Map<unknown>();
      map.set('byId', new Y.Map());
      map.set('order', new Y.Array());
      return map;
    }
    default:
      return new Y.Map();
  }
}

/** Replaces only the changed middle of the text, so a concurrent edit elsewhere survives. */
function writeText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const max = Math.min(current.length, next.length);
  while (start < max && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < max - start &&
    current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  ) {
    end++;
  }
  // Never split a surrogate pair (an emoji) between the kept and the replaced part.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function writeEntities(collection: Y.Map<unknown>, next: Plain[], item: Kind, key: string): void {
  const byId = collection.get('byId') as Y.Map<unknown>;
  const order = collection.get('order') as Y.Array<string>;
  const nextIds = next.map((entity) => entity[key] as string);
  const keep = new Set(nextIds);
  for (const id of [...byId.keys()]) if (!keep.has(id)) byId.delete(id);
  for (const entity of next) writeEntry(byId, entity[key] as string, entity, item);
  writeOrder(order, nextIds);
}

/**
 * Inserts new ids where they belong and deletes gone ones; rewrites the whole order only when
 * entities moved (or a merge left duplicates), so a concurrent addition elsewhere survives.
 */
function writeOrder(order: Y.Array<string>, nextIds: string[]): void {
  const keep = new Set(nextIds);
  const raw = order.toArray();
  for (let i = raw.length - 1; i >= 0; i--) if (!keep.has(raw[i]!)) order.delete(i, 1);
  const remaining = order.toArray();
  const present = new Set(remaining);
  const sameOrder =
    present.size === remaining.length &&
    nextIds.filter((id) => present.has(id)).every((id, i) => remaining[i] === id);
  if (!sameOrder) {
    if (order.length > 0) order.delete(0, order.length);
    order.insert(0, nextIds);
    return;
  }
  let at = 0;
  for (const id of nextIds) {
    if (!present.has(id)) order.insert(at, [id]);
    at++;
  }
}

function writeList(list: Y.Array<unknown>, next: unknown[], item: Kind): void {
  if (list.length > next.length) list.delete(next.length, list.length - next.length);
  next.forEach((value, i) => {
    const current = i < list.length ? list.get(i) : undefined;
    const fitting = fits(current, value, item);
    if (fitting) return fill(fitting, value, item);
    if (i < list.length) {
      if (item.kind === 'value' && sameValue(current, value)) return;
      list.delete(i, 1);
    }
    if (item.kind === 'value' || !isShapedLike(value, item)) {
      list.insert(i, [structuredClone(value)]);
    } else {
      const created = emptyTypeFor(item);
      list.insert(i, [created]);
      fill(created, value, item);
    }
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Y.AbstractType || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
