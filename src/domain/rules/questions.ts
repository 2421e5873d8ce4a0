/**
 * CR01–CR05: the four guiding questions of the block (which relationship each segment expects,
 * which ones exist, through which channels) and the three purposes of a relationship.
 */
import type { Channel, RelationshipAssignment } from '../schema';
import type { RuleId } from './catalog';
import { hitsFor, type RuleCheck, type SegmentView } from './context';

/** CR01: relationships are defined per segment, so each segment needs at least one. */
function segmentWithoutRelationship({ segment, relationships }: SegmentView) {
  return relationships.length === 0 ? { entityIds: [segment.id] } : null;
}

/** CR02: nobody can reach a segment that no channel lists. */
function segmentWithoutChannel({ segment, channels }: SegmentView) {
  return channels.length === 0 ? { entityIds: [segment.id] } : null;
}

/** CR03: Q1, what relationship the segment expects, is unanswered. */
function expectedRelationshipUnset({ segment }: SegmentView) {
  return segment.expectedRelationships.length === 0 ? { entityIds: [segment.id] } : null;
}

/** Whether a relationship happens through at least one of the segment's channels. */
function reachesSegment(relationship: RelationshipAssignment, channels: readonly Channel[]) {
  return channels.some((channel) => relationship.channelIds.includes(channel.id));
}

/** CR04: Q4, each relationship happens through at least one channel that reaches its segment. */
function relationshipNotIntegrated({ relationships, channels }: SegmentView) {
  return hitsFor(relationships, (r) =>
    reachesSegment(r, channels) ? null : { entityIds: [r.id], values: { type: r.type } },
  );
}

/** CR05: a relationship serves acquisition, retention or upselling, or it has no stated reason. */
function relationshipWithoutPurpose({ relationships }: SegmentView) {
  return hitsFor(relationships, (r) =>
    r.purposes.length > 0 ? null : { entityIds: [r.id], values: { type: r.type } },
  );
}

export const questionRules = {
  CR01: { scope: 'segment', check: segmentWithoutRelationship },
  CR02: { scope: 'segment', check: segmentWithoutChannel },
  CR03: { scope: 'segment', check: expectedRelationshipUnset },
  CR04: { scope: 'segment', check: relationshipNotIntegrated },
  CR05: { scope: 'segment', check: relationshipWithoutPurpose },
} satisfies Partial<Record<RuleId, RuleCheck>>;
