import { DEFAULTS } from './defaults';
import { createId } from './ids';
import { SEGMENT_COLOR_COUNT } from './schema';
import type {
  Channel,
  Note,
  RelationshipAssignment,
  RelationshipFacets,
  RelationshipType,
  Segment,
  Tactic,
  TacticStage,
} from './schema';

/** Facets a new relationship starts with (DOMAIN.md §1.2); the user can change each one. */
export const DEFAULT_FACETS: Record<RelationshipType, RelationshipFacets> = {
  personal_assistance: {
    contactMode: 'remote_live',
    audience: 'individual',
    provider: 'own',
    customerRole: 'served',
  },
  dedicated_personal_assistance: {
    contactMode: 'face_to_face',
    audience: 'individual',
    provider: 'own',
    customerRole: 'served',
  },
  self_service: {
    contactMode: 'none',
    audience: 'collective',
    provider: 'own',
    customerRole: 'self_service',
  },
  automated_services: {
    contactMode: 'automated',
    audience: 'individual',
    provider: 'own',
    customerRole: 'self_service',
  },
  communities: {
    contactMode: 'remote_async',
    audience: 'collective',
    provider: 'own',
    customerRole: 'served',
  },
  co_creation: {
    contactMode: 'remote_async',
    audience: 'collective',
    provider: 'own',
    customerRole: 'co_creator',
  },
};

/**
 * A new segment: empty texts, zero size and no revenue until the user fills them (§9.5); margin
 * and churn start at their documented defaults.
 * @example createSegment({ name: 'Cafés', label: 'CAF' }, 2)
 */
export function createSegment(init: Partial<Segment> = {}, index = 0): Segment {
  return {
    id: createId('seg'),
    name: '',
    marketType: 'niche',
    archetype: { role: 'end_user', whoTheyAre: '', howTheyBuy: '', whatInterestsThem: '' },
    size: 0,
    grossMargin: DEFAULTS.segment.grossMargin.value,
    monthlyChurn: DEFAULTS.segment.monthlyChurn.value,
    expectedRelationships: [],
    colorIndex: index % SEGMENT_COLOR_COUNT,
    label: String.fromCharCode(65 + (index % 26)),
    ...init,
  };
}

/** A relationship with the canvas defaults; `id` is new unless given (the rules' "what if"). */
export function createRelationship(
  segmentId: string,
  type: RelationshipType,
  id = createId('rel'),
): RelationshipAssignment {
  return {
    id,
    segmentId,
    type,
    purposes: [],
    status: 'planned',
    facets: { ...DEFAULT_FACETS[type] },
    coverage: 1,
    channelIds: [],
  };
}

export function createChannel(init: Partial<Channel> = {}): Channel {
  return {
    id: createId('ch'),
    name: '',
    kind: 'web_sales',
    ownership: 'own',
    directness: 'direct',
    medium: 'web',
    functions: [],
    phases: [],
    segmentIds: [],
    ...init,
  };
}

const FIRST_KIND: Record<TacticStage, Tactic['kind']> = {
  get: 'word_of_mouth',
  keep: 'loyalty_program',
  grow: 'upselling',
};

export function createTactic(
  segmentId: string,
  stage: TacticStage,
  init: Partial<Tactic> = {},
): Tactic {
  return {
    id: createId('tac'),
    segmentId,
    stage,
    kind: FIRST_KIND[stage],
    ...(stage === 'get'
      ? { demandCreation: 'earned' as const, funnelStep: 'awareness' as const }
      : {}),
    ...init,
  };
}

export function createNote(text = '', linkedIds?: string[]): Note {
  return linkedIds?.length
    ? { id: createId('note'), text, linkedIds }
    : { id: createId('note'), text };
}
