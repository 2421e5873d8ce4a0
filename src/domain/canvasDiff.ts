/**
 * What changed between two states of a canvas (a saved version or a hand-in, and the canvas now),
 * in steps a learner can follow: segments, relationships, channels, tactics and notes added,
 * removed or renamed, and their key numbers changed. Like every domain result it carries
 * i18next keys and plain values; the texts live in `locales/<lang>/versions.json` (the feature
 * that shows them), enum ids are named there through `$t(common:enum.…)`.
 */
import { NOTE_BLOCKS } from './schema';
import type { Canvas, Channel, Id, Note, NoteBlock, Segment, Tactic } from './schema';

export type CanvasChange = {
  /** full i18next key, e.g. `versions:change.segmentAdded` */
  key: string;
  /** interpolation values: names as typed, enum ids, plain numbers (the text picks the format) */
  values: Record<string, number | string>;
  /** the segment, relationship, channel, tactic or note it concerns */
  entityId?: Id;
};

/** How a key number reads: the locale string formats it (`money`, `percent`, `decimal`). */
type NumberKind = 'money' | 'percent' | 'count';

const SEGMENT_NUMBERS = {
  size: 'count',
  newCustomersPerMonth: 'count',
  monthlyRevenuePerCustomer: 'money',
  grossMargin: 'percent',
  monthlyChurn: 'percent',
  acquisitionCostOverride: 'money',
} as const satisfies Partial<Record<keyof Segment, NumberKind>>;
const RELATIONSHIP_NUMBERS = { coverage: 'percent' } as const;
const CHANNEL_NUMBERS = {
  monthlyCost: 'money',
  partnerMargin: 'percent',
  revenueShare: 'percent',
} as const satisfies Partial<Record<keyof Channel, NumberKind>>;
const TACTIC_NUMBERS = {
  monthlyCost: 'money',
  expectedArpuUplift: 'percent',
} as const satisfies Partial<Record<keyof Tactic, NumberKind>>;

/** Longer texts are quoted by their start: enough to recognise a note. */
export const EXCERPT_LENGTH = 60;

const K = (name: string) => `versions:change.${name}`;

/**
 * @example diffCanvases(handedIn, now)
 * // [{ key: 'versions:change.segmentRenamed', values: { before: 'Cafés', after: 'Bars' }, entityId: 's1' }, …]
 */
export function diffCanvases(before: Canvas, after: Canvas): CanvasChange[] {
  const changes: CanvasChange[] = [];
  const push = (name: string, values: CanvasChange['values'], entityId?: Id) =>
    changes.push(
      entityId === undefined ? { key: K(name), values } : { key: K(name), values, entityId },
    );

  if (before.name !== after.name) push('canvasRenamed', { before: before.name, after: after.name });
  if (before.currency !== after.currency)
    push('currencyChanged', { before: before.currency, after: after.currency });

  const segmentName = (id: Id) =>
    (after.segments.find((s) => s.id === id) ?? before.segments.find((s) => s.id === id))?.name ??
    '';

  changes.push(...namedChanges('segment', before.segments, after.segments, SEGMENT_NUMBERS));

  eachPair(before.relationships, after.relationships, {
    added: (r) =>
      push('relationshipAdded', { segment: segmentName(r.segmentId), type: r.type }, r.id),
    removed: (r) =>
      push('relationshipRemoved', { segment: segmentName(r.segmentId), type: r.type }, r.id),
    both: (was, now) => {
      const subject = { segment: segmentName(now.segmentId), type: now.type };
      if (was.type !== now.type)
        push(
          'relationshipTypeChanged',
          { segment: subject.segment, before: was.type, after: now.type },
          now.id,
        );
      if (!sameSet(was.purposes, now.purposes))
        push(
          'relationshipPurposesChanged',
          { ...subject, before: was.purposes.join(','), after: now.purposes.join(',') },
          now.id,
        );
      if (was.status !== now.status)
        push('relationshipStatusChanged', { ...subject, status: now.status }, now.id);
      const numbers = numberChanges(
        was,
        now,
        'relationship',
        RELATIONSHIP_NUMBERS,
        subject.segment,
      );
      changes.push(...numbers.changes);
      if (differsBeyond(was, now, ['type', 'purposes', 'status', ...numbers.fields]))
        push('relationshipEdited', subject, now.id);
    },
  });

  changes.push(...namedChanges('channel', before.channels, after.channels, CHANNEL_NUMBERS));

  const tacticSubject = (t: Tactic) => ({
    segment: segmentName(t.segmentId),
    stage: t.stage,
    kind: t.kind,
  });
  eachPair(before.tactics, after.tactics, {
    added: (t) => push('tacticAdded', tacticSubject(t), t.id),
    removed: (t) => push('tacticRemoved', tacticSubject(t), t.id),
    both: (was, now) => {
      const numbers = numberChanges(was, now, 'tactic', TACTIC_NUMBERS, segmentName(now.segmentId));
      changes.push(...numbers.changes);
      if (differsBeyond(was, now, numbers.fields)) push('tacticEdited', tacticSubject(now), now.id);
    },
  });

  for (const block of NOTE_BLOCKS) changes.push(...noteChanges(block, before[block], after[block]));

  if (!sameJson(before.settings, after.settings)) push('settingsChanged', {});
  if (!sameJson(before.channelChecklist ?? [], after.channelChecklist ?? []))
    push('checklistChanged', {});
  return changes;
}

/**
 * Segments and channels read alike: added, removed, renamed (by name), their key numbers, and
 * "edited" for any other detail; the keys are `<entity>Added`, `<entity>Renamed`, ….
 */
function namedChanges<T extends { id: Id; name: string }>(
  entity: 'segment' | 'channel',
  before: readonly T[],
  after: readonly T[],
  numbers: Partial<Record<keyof T & string, NumberKind>>,
): CanvasChange[] {
  const changes: CanvasChange[] = [];
  const push = (name: string, values: CanvasChange['values'], id: Id) =>
    changes.push({ key: K(`${entity}${name}`), values, entityId: id });
  eachPair(before, after, {
    added: (item) => push('Added', { name: item.name }, item.id),
    removed: (item) => push('Removed', { name: item.name }, item.id),
    both: (was, now) => {
      if (was.name !== now.name) push('Renamed', { before: was.name, after: now.name }, now.id);
      const changed = numberChanges(was, now, entity, numbers, now.name);
      changes.push(...changed.changes);
      if (differsBeyond(was, now, ['name', ...changed.fields]))
        push('Edited', { name: now.name }, now.id);
    },
  });
  return changes;
}

function noteChanges(block: NoteBlock, before: Note[], after: Note[]): CanvasChange[] {
  const changes: CanvasChange[] = [];
  const push = (name: string, values: CanvasChange['values'], id: Id) =>
    changes.push({ key: K(name), values: { block, ...values }, entityId: id });
  eachPair(before, after, {
    added: (n) => push('noteAdded', { text: excerpt(n.text) }, n.id),
    removed: (n) => push('noteRemoved', { text: excerpt(n.text) }, n.id),
    both: (was, now) => {
      if (was.text !== now.text)
        push('noteEdited', { before: excerpt(was.text), after: excerpt(now.text) }, now.id);
      else if (!sameSet(was.linkedIds ?? [], now.linkedIds ?? []))
        push('noteLinksChanged', { text: excerpt(now.text) }, now.id);
    },
  });
  return changes;
}

/**
 * One change per key number that differs, named by `name` (the entity's, or its segment's for a
 * relationship or tactic) and `field` (`versions:field.<entity>.<field>` names the number).
 */
function numberChanges<T extends { id: Id }>(
  was: T,
  now: T,
  entity: 'segment' | 'relationship' | 'channel' | 'tactic',
  fields: Partial<Record<keyof T & string, NumberKind>>,
  name: string,
): { changes: CanvasChange[]; fields: string[] } {
  const changes: CanvasChange[] = [];
  const id = now.id;
  for (const [field, kind] of Object.entries(fields) as [keyof T & string, NumberKind][]) {
    const a = was[field] as unknown;
    const b = now[field] as unknown;
    if (a === b) continue;
    const values = { name, field: `${entity}.${field}` };
    if (typeof a !== 'number' && typeof b === 'number')
      changes.push({ key: K(`${kind}.set`), values: { ...values, after: b }, entityId: id });
    else if (typeof a === 'number' && typeof b !== 'number')
      changes.push({ key: K(`${kind}.cleared`), values: { ...values, before: a }, entityId: id });
    else if (typeof a === 'number' && typeof b === 'number')
      changes.push({
        key: K(`${kind}.changed`),
        values: { ...values, before: a, after: b },
        entityId: id,
      });
  }
  return { changes, fields: Object.keys(fields) };
}

/** Calls `added`/`removed` for entities only one side has (by id), `both` for the others, in order. */
function eachPair<T extends { id: Id }>(
  before: readonly T[],
  after: readonly T[],
  on: { added: (item: T) => void; removed: (item: T) => void; both: (was: T, now: T) => void },
): void {
  const earlier = new Map(before.map((item) => [item.id, item]));
  const later = new Set(after.map((item) => item.id));
  for (const item of before) if (!later.has(item.id)) on.removed(item);
  for (const item of after) {
    const was = earlier.get(item.id);
    if (was) on.both(was, item);
    else on.added(item);
  }
}

/** Whether anything differs apart from `fields` (which have changes of their own). */
function differsBeyond<T extends object>(was: T, now: T, fields: readonly string[]): boolean {
  const rest = (item: T) =>
    Object.fromEntries(Object.entries(item).filter(([key]) => !fields.includes(key)));
  return !sameJson(rest(was), rest(now));
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Canvases are plain JSON data (the schema says so), so their JSON text compares them. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, sortedKeys) === JSON.stringify(b, sortedKeys);
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}
