/**
 * CR06, CR12–CR16: channels. Partner channels are indirect, together a segment's channels cover
 * the customer's journey, and the channel type fits the relationship's contact mode.
 *
 * Spec decision: CR12–CR16 stay silent for a segment without any channel; CR02 already reports
 * it, and listing every phase as missing would only repeat that error.
 */
import type { Channel, ChannelPhase } from '../schema';
import type { RuleId } from './catalog';
import type { RuleCheck, SegmentView } from './context';
import { HUMAN_TYPES, isDigital, isPhysical } from './traits';

const JOURNEY_PHASES: readonly ChannelPhase[] = ['awareness', 'evaluation', 'purchase', 'delivery'];

const covers = (phase: ChannelPhase) => (channel: Channel) => channel.phases.includes(phase);

const anyCovers = (channels: readonly Channel[], phase: ChannelPhase) =>
  channels.some(covers(phase));

/** CR06: a partner stands between you and the customer, so its channel cannot be direct. */
function partnerChannelMarkedDirect(channel: Channel) {
  if (channel.ownership !== 'partner' || channel.directness !== 'direct') return null;
  return { entityIds: [channel.id], values: { channel: channel.name } };
}

/** CR12: the journey phases no channel of the segment covers, in journey order. */
function channelPhasesMissing({ channels }: SegmentView) {
  if (channels.length === 0) return null;
  const missing = JOURNEY_PHASES.filter((phase) => !anyCovers(channels, phase));
  if (missing.length === 0) return null;
  return { entityIds: channels.map((c) => c.id), values: { missing: missing.join(',') } };
}

/** CR13: without after-sales the relationship ends at delivery. */
function noAfterSales({ channels }: SegmentView) {
  if (channels.length === 0 || anyCovers(channels, 'after_sales')) return null;
  return { entityIds: channels.map((c) => c.id) };
}

/** CR14: the segment only meets you online, yet every relationship is in person. */
function digitalOnlyWithFaceToFace({ channels, relationships }: SegmentView) {
  if (channels.length === 0 || relationships.length === 0) return null;
  if (!channels.every(isDigital)) return null;
  if (!relationships.every((r) => r.facets.contactMode === 'face_to_face')) return null;
  return { entityIds: relationships.map((r) => r.id) };
}

/** CR15: in-person assistance needs a store, a branch or a sales force. */
function faceToFaceWithoutPhysicalChannel({ channels, relationships }: SegmentView) {
  if (channels.length === 0 || channels.some(isPhysical)) return null;
  const inPerson = relationships.filter((r) => r.facets.contactMode === 'face_to_face');
  return inPerson.length === 0 ? null : { entityIds: inPerson.map((r) => r.id) };
}

/** CR16: partners own the customer interface while you plan a personal relationship of your own. */
function partnerOwnsInterface({ channels, relationships }: SegmentView) {
  // Spec decision: the interface is where after-sales happens; a segment without after-sales
  // (CR13) is judged on its purchase channels instead.
  const phase: ChannelPhase = anyCovers(channels, 'after_sales') ? 'after_sales' : 'purchase';
  const interfaceChannels = channels.filter(covers(phase));
  if (interfaceChannels.length === 0) return null;
  if (interfaceChannels.some((c) => c.ownership !== 'partner')) return null;
  // touch ≥ 4: personal or dedicated assistance
  const ownPersonal = relationships.filter(
    (r) => HUMAN_TYPES.includes(r.type) && r.facets.provider === 'own',
  );
  if (ownPersonal.length === 0) return null;
  return {
    entityIds: [...interfaceChannels.map((c) => c.id), ...ownPersonal.map((r) => r.id)],
    values: { phase },
  };
}

export const channelRules = {
  CR06: { scope: 'channel', check: partnerChannelMarkedDirect },
  CR12: { scope: 'segment', check: channelPhasesMissing },
  CR13: { scope: 'segment', check: noAfterSales },
  CR14: { scope: 'segment', check: digitalOnlyWithFaceToFace },
  CR15: { scope: 'segment', check: faceToFaceWithoutPhysicalChannel },
  CR16: { scope: 'segment', check: partnerOwnsInterface },
} satisfies Partial<Record<RuleId, RuleCheck>>;
