/**
 * What one segment's figures and findings depend on: the segment, its relationships, tactics and
 * channels, the canvas settings, and its share of its channels' monthly cost (§9.3).
 *
 * Canvas objects are immutable (the store replaces what it edits), so a canvas list that is the
 * same object as last time groups the same way: the groupings are kept per list, and the
 * evaluation can tell an unchanged segment by comparing these inputs item by item.
 */
import type {
  Canvas,
  CanvasSettings,
  Channel,
  Id,
  RelationshipAssignment,
  Segment,
  Tactic,
} from './schema';

export interface SegmentInputs {
  segment: Segment;
  relationships: readonly RelationshipAssignment[];
  tactics: readonly Tactic[];
  /** the channels listing this segment, each once */
  channels: readonly Channel[];
  settings: CanvasSettings;
  /** this segment's share of its channels' monthly cost, by size (§9.3) */
  channelCost: number;
}

type Grouping<T> = ReadonlyMap<Id, readonly T[]>;
const NONE: readonly never[] = [];

function addTo<T>(groups: Map<Id, T[]>, id: Id, item: T): void {
  const group = groups.get(id);
  if (group) group.push(item);
  else groups.set(id, [item]);
}

const relationshipGroups = new WeakMap<
  readonly RelationshipAssignment[],
  Grouping<RelationshipAssignment>
>();
const tacticGroups = new WeakMap<readonly Tactic[], Grouping<Tactic>>();
const channelGroups = new WeakMap<readonly Channel[], Grouping<Channel>>();

/** Items grouped by their segment id, keeping canvas order; kept per list. */
function bySegment<T extends { segmentId: Id }>(
  cache: WeakMap<readonly T[], Grouping<T>>,
  items: readonly T[],
): Grouping<T> {
  let groups = cache.get(items);
  if (!groups) {
    const building = new Map<Id, T[]>();
    for (const item of items) addTo(building, item.segmentId, item);
    groups = building;
    cache.set(items, groups);
  }
  return groups;
}

/** Channels grouped by each segment they list (a segment listed twice is served once). */
function channelsBySegment(channels: readonly Channel[]): Grouping<Channel> {
  let groups = channelGroups.get(channels);
  if (!groups) {
    const building = new Map<Id, Channel[]>();
    for (const channel of channels) {
      const ids = channel.segmentIds;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] ?? '';
        if (ids.indexOf(id) === i) addTo(building, id, channel);
      }
    }
    groups = building;
    channelGroups.set(channels, groups);
  }
  return groups;
}

/** The canvas grouped by segment id, for looking up a segment's relationships, tactics, channels. */
export interface CanvasIndex {
  relationshipsOf(segmentId: Id): readonly RelationshipAssignment[];
  tacticsOf(segmentId: Id): readonly Tactic[];
  channelsOf(segmentId: Id): readonly Channel[];
}

export function indexCanvas(canvas: Canvas): CanvasIndex {
  const relationships = bySegment(relationshipGroups, canvas.relationships);
  const tactics = bySegment(tacticGroups, canvas.tactics);
  const channels = channelsBySegment(canvas.channels);
  return {
    relationshipsOf: (id) => relationships.get(id) ?? NONE,
    tacticsOf: (id) => tactics.get(id) ?? NONE,
    channelsOf: (id) => channels.get(id) ?? NONE,
  };
}

/** Whether two lists hold the same objects in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether a segment's figures computed from `a` still hold for `b`. */
export function sameInputs(a: SegmentInputs, b: SegmentInputs): boolean {
  return (
    a.segment === b.segment &&
    a.settings === b.settings &&
    a.channelCost === b.channelCost &&
    sameItems(a.relationships, b.relationships) &&
    sameItems(a.tactics, b.tactics) &&
    sameItems(a.channels, b.channels)
  );
}
