/** Turns the Yjs types back into plain data, guided by the same shape that wrote them. */
import * as Y from 'yjs';

import { type Kind, VALUE } from './shape';

/**
 * Reads `value` as `kind` describes it. Anything that does not match (a field the schema does
 * not know, a number where text belongs) is read as it is, so the schema check sees and refuses it.
 */
export function readValue(value: unknown, kind: Kind): unknown {
  if (kind.kind === 'object' && value instanceof Y.Map) {
    return readMap(value, (key) => kind.fields[key] ?? VALUE);
  }
  if (kind.kind === 'record' && value instanceof Y.Map) return readMap(value, () => kind.value);
  if (kind.kind === 'list' && value instanceof Y.Array) {
    return value.toArray().map((item) => readValue(item, kind.item));
  }
  if (kind.kind === 'entities' && value instanceof Y.Map) {
    const byId = value.get('byId');
    const order = value.get('order');
    if (byId instanceof Y.Map && order instanceof Y.Array) return readEntities(byId, order, kind);
  }
  return plain(value);
}

function readMap(map: Y.Map<unknown>, fields: (key: string) => Kind): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  map.forEach((value, key) => (result[key] = readValue(value, fields(key))));
  return result;
}

/**
 * The entities in their order. Concurrent moves can leave an id twice in the order and a
 * concurrent deletion an id without its entity: each entity is read once, none is dropped.
 */
function readEntities(
  byId: Y.Map<unknown>,
  order: Y.Array<unknown>,
  kind: Extract<Kind, { kind: 'entities' }>,
): unknown[] {
  const ids = new Set<string>();
  for (const id of order) if (typeof id === 'string' && byId.has(id)) ids.add(id);
  for (const id of byId.keys()) ids.add(id);
  return [...ids].map((id) => readValue(byId.get(id), kind.item));
}

function plain(value: unknown): unknown {
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}
