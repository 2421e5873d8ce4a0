/** Shared classifications used by several rules (DOMAIN.md §3, "Conventions"). */
import type { Channel, ChannelKind, RelationshipPurpose, RelationshipType } from '../schema';
import type { SegmentView } from './context';

/** Types where customers relate to each other, not only to the company. */
export const COLLECTIVE_TYPES: readonly RelationshipType[] = ['communities', 'co_creation'];

/** Touch 4 and 5: a person serves the customer. */
export const HUMAN_TYPES: readonly RelationshipType[] = [
  'personal_assistance',
  'dedicated_personal_assistance',
];

const PHYSICAL_KINDS: readonly ChannelKind[] = ['sales_force', 'own_store', 'partner_store'];

export const isDigital = (channel: Channel) =>
  channel.medium === 'web' || channel.medium === 'mobile';

export const isPhysical = (channel: Channel) =>
  channel.medium === 'physical' || PHYSICAL_KINDS.includes(channel.kind);

export const hasPurpose = (view: SegmentView, purpose: RelationshipPurpose) =>
  view.relationships.some((r) => r.purposes.includes(purpose));
