/**
 * Small canvas builders for the rule tests. `healthyCanvas()` is a complete, sound design that
 * fires no rule at all; each test breaks one thing in it and checks which rule answers.
 */
import {
  canvasSchema,
  evaluateCanvas,
  createChannel,
  createEmptyCanvas,
  createRelationship,
  createSegment,
  createTactic,
} from '@/domain';
import type {
  Canvas,
  Channel,
  RelationshipAssignment,
  RelationshipType,
  RuleSettings,
  Segment,
  Tactic,
  TacticStage,
} from '@/domain/schema';
import type { Finding } from '@/domain/types';

export function buildSegment(init: Partial<Segment> = {}): Segment {
  return createSegment({
    id: 'seg',
    name: 'Small businesses',
    marketType: 'segmented',
    archetype: {
      role: 'economic_buyer',
      whoTheyAre: 'Owners of shops with fewer than ten staff',
      howTheyBuy: 'Monthly card payment after a free trial',
      whatInterestsThem: 'Saving time on bookkeeping',
    },
    size: 2_000,
    monthlyRevenuePerCustomer: 50,
    grossMargin: 0.7,
    monthlyChurn: 0.03,
    expectedRelationships: ['self_service', 'personal_assistance'],
    acquisitionCostOverride: 150,
    ...init,
  });
}

export function buildRelationship(
  segmentId: string,
  type: RelationshipType,
  init: Partial<RelationshipAssignment> = {},
): RelationshipAssignment {
  return { ...createRelationship(segmentId, type), id: `rel-${type}`, ...init };
}

export function buildChannel(init: Partial<Channel> = {}): Channel {
  return createChannel({
    id: 'ch-web',
    name: 'Website',
    kind: 'web_sales',
    ownership: 'own',
    directness: 'direct',
    medium: 'web',
    functions: ['communication', 'sales', 'distribution'],
    phases: ['awareness', 'evaluation', 'purchase', 'delivery', 'after_sales'],
    segmentIds: ['seg'],
    ...init,
  });
}

export function buildTactic(
  segmentId: string,
  stage: TacticStage,
  init: Partial<Tactic> = {},
): Tactic {
  return createTactic(segmentId, stage, { id: `tac-${stage}`, ...init });
}

type Parts = {
  segments?: Segment[];
  channels?: Channel[];
  relationships?: RelationshipAssignment[];
  tactics?: Tactic[];
  rules?: Partial<RuleSettings>;
};

/** An empty canvas filled with `parts`; throws if the result is not a valid canvas. */
export function buildCanvas(parts: Parts = {}): Canvas {
  const empty = createEmptyCanvas({ name: 'Test canvas', locale: 'en' });
  const { rules, ...lists } = parts;
  const canvas = {
    ...empty,
    ...lists,
    settings: { ...empty.settings, rules: { ...empty.settings.rules, ...rules } },
  };
  return canvasSchema.parse(canvas);
}

/**
 * The SMB segment of DOMAIN.md §2.5 (2,000 customers, €50 ARPU, 70 % margin, CAC €150) served by
 * self-service, remote personal assistance and automated services over its own website, with
 * get (acquire + activate), keep and grow tactics.
 */
export function healthyParts(): Required<Omit<Parts, 'rules'>> {
  const segment = buildSegment();
  return {
    segments: [segment],
    channels: [buildChannel()],
    relationships: [
      buildRelationship(segment.id, 'self_service', {
        purposes: ['retention'],
        channelIds: ['ch-web'],
      }),
      buildRelationship(segment.id, 'personal_assistance', {
        purposes: ['acquisition', 'retention'],
        channelIds: ['ch-web'],
        params: { contactsPerCustomerMonth: 0.3 },
      }),
      buildRelationship(segment.id, 'automated_services', {
        purposes: ['retention', 'upselling'],
        channelIds: ['ch-web'],
      }),
    ],
    tactics: [
      buildTactic(segment.id, 'get', { id: 'tac-seo', kind: 'seo', funnelStep: 'acquire' }),
      buildTactic(segment.id, 'get', {
        id: 'tac-trial',
        kind: 'free_trial',
        funnelStep: 'activate',
      }),
      buildTactic(segment.id, 'keep', { kind: 'newsletter' }),
      buildTactic(segment.id, 'grow', { kind: 'upselling' }),
    ],
  };
}

export function healthyCanvas(): Canvas {
  return buildCanvas(healthyParts());
}

/** The only segment of a canvas built here, changed by `patch`. */
export function withSegment(canvas: Canvas, patch: Partial<Segment>): Canvas {
  return { ...canvas, segments: canvas.segments.map((s) => ({ ...s, ...patch })) };
}

export function withRules(canvas: Canvas, rules: Partial<RuleSettings>): Canvas {
  return {
    ...canvas,
    settings: { ...canvas.settings, rules: { ...canvas.settings.rules, ...rules } },
  };
}

/** The findings evaluateCanvas reports for the canvas. */
export function run(canvas: Canvas): Finding[] {
  return evaluateCanvas(canvas).findings;
}

export function firedIds(canvas: Canvas): string[] {
  return [...new Set(run(canvas).map((f) => f.ruleId))];
}

export function findingsOf(canvas: Canvas, ruleId: string): Finding[] {
  return run(canvas).filter((f) => f.ruleId === ruleId);
}
