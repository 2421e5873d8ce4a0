/**
 * How each part of the canvas is stored in Yjs, read off the domain's zod schema, so a field
 * added to the schema needs no change here.
 *
 * - object, record  → Y.Map, one entry per field (two people editing different fields both win)
 * - array of objects with an `id` (or, lacking one, a field named `…Id`, like a checklist's
 *   `questionId`) → entities: Y.Map { byId: Y.Map<key, Y.Map>, order: Y.Array<key> }
 * - array of other objects → Y.Array of Y.Maps
 * - free text (a string limited only in length) → Y.Text (two people typing in it converge)
 * - anything else (numbers, booleans, enums, ids, codes, lists of plain values) → a plain value,
 *   last writer wins: merging two enum values or two ids character by character makes no sense.
 */

export type Kind =
  | { kind: 'object'; fields: Readonly<Record<string, Kind>> }
  | { kind: 'record'; value: Kind }
  | { kind: 'entities'; item: Kind; key: string }
  | { kind: 'list'; item: Kind }
  | { kind: 'text' }
  | { kind: 'value' };

export const VALUE: Kind = { kind: 'value' };
const TEXT: Kind = { kind: 'text' };

/** The slice of zod's internal definition this module reads (stable across zod 4 and zod/mini). */
interface SchemaDef {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  valueType?: unknown;
  checks?: { _zod: { def: { check: string } } }[];
}

const defOf = (schema: unknown): SchemaDef | undefined =>
  (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;

/** Wrappers that do not change how a present value is stored. */
const WRAPPERS = new Set(['optional', 'nullable', 'readonly', 'nonoptional']);

export function kindOf(schema: unknown): Kind {
  let def = defOf(schema);
  while (def && WRAPPERS.has(def.type)) def = defOf(def.innerType);
  if (!def) return VALUE;
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const fields: Record<string, Kind> = {};
      for (const key of Object.keys(shape)) fields[key] = kindOf(shape[key]);
      return { kind: 'object', fields };
    }
    case 'record':
      return { kind: 'record', value: kindOf(def.valueType) };
    case 'array': {
      const item = kindOf(def.element);
      if (item.kind === 'object') {
        const key = entityKey(item.fields);
        return key ? { kind: 'entities', item, key } : { kind: 'list', item };
      }
      if (item.kind === 'record') return { kind: 'list', item };
      return VALUE;
    }
    case 'string': {
      // Only a length limit: free text. A pattern or a minimum length marks an id or a code.
      const checks = def.checks ?? [];
      return checks.every((c) => c._zod.def.check === 'max_length') ? TEXT : VALUE;
    }
    default:
      return VALUE;
  }
}

/** The field that names an entity: `id`, else the first plain-valued field named `…Id`. */
function entityKey(fields: Readonly<Record<string, Kind>>): string | undefined {
  if (fields.id?.kind === 'value') return 'id';
  return Object.keys(fields).find((name) => name.endsWith('Id') && fields[name]?.kind === 'value');
}
