import {
  RELATIONSHIP_TYPES,
  RULE_TARGETS,
  type Canvas,
  type Finding,
  type RelationshipType,
  type RuleId,
  type RuleTarget,
} from '@/domain';
import type { CanvasBlockId } from '@/domain';
import { fieldId, type Panel } from '@/store/uiStore';

const isRuleId = (id: string): id is RuleId => Object.hasOwn(RULE_TARGETS, id);

/** Spec decision: a rule outside the catalogue (a future optional extra) points at the relationships. */
const targetKind = (finding: Finding): RuleTarget =>
  isRuleId(finding.ruleId) ? RULE_TARGETS[finding.ruleId] : 'relationship';

// Spec decision: economics findings mark the cost structure block, where relationship costs show.
const BLOCK_OF_TARGET: Record<RuleTarget, CanvasBlockId> = {
  segment: 'customerSegments',
  relationship: 'customerRelationships',
  tactic: 'customerRelationships',
  channel: 'channels',
  economics: 'costStructure',
};

/** The canvas block a finding marks on the board. */
export function blockOfFinding(finding: Finding): CanvasBlockId {
  return BLOCK_OF_TARGET[targetKind(finding)];
}

/** The field of the entity (segment, relationship, channel, tactic) that fixes the finding. */
const FIELD_OF_RULE: Partial<Record<RuleId, string>> = {
  CR03: 'expectedRelationships',
  CR04: 'channelIds',
  CR05: 'purposes',
  CR06: 'directness',
  CR10: 'funnelStep',
  CR12: 'phases',
  CR13: 'phases',
  CR14: 'contactMode',
  CR15: 'medium',
  CR16: 'ownership',
  CR18: 'coverage',
  CR21: 'coverage',
  CR27: 'size',
};

/** The type whose card in the workbench fixes a "missing type" finding. */
const TYPE_OF_RULE: Partial<Record<RuleId, RelationshipType>> = {
  CR19: 'self_service',
  CR20: 'communities',
  CR22: 'personal_assistance',
};

/** The economics figure a finding is about. */
const METRIC_OF_RULE: Partial<Record<RuleId, string>> = {
  CR23: 'contributionPerCustomer',
  CR24: 'costShare',
  CR25: 'ltvToCac',
  CR26: 'paybackMonths',
  CR28: 'relationshipBudget',
};

/** DOM id of an economics figure in a segment's card (SegmentEconomicsCard with `fieldIds`). */
export const metricFieldId = (segmentId: string, metric: string) =>
  fieldId(segmentId, `metric-${metric}`);

/** DOM id of a relationship type's card in the segment's workbench. */
const typeCardId = (segmentId: string, type: RelationshipType) =>
  fieldId(segmentId, `type.${type}`);

type Target = { panel: Panel; focusTarget?: string };

const focusOn = (panel: Panel, entityId: string | undefined, field: string | undefined): Target =>
  entityId && field ? { panel, focusTarget: fieldId(entityId, field) } : { panel };

/** A type the segment expects but does not have yet (CR01, CR17 under-serving). */
function missingExpectedType(canvas: Canvas, segmentId: string): RelationshipType | undefined {
  const expected = canvas.segments.find((s) => s.id === segmentId)?.expectedRelationships ?? [];
  const chosen = new Set(
    canvas.relationships.filter((r) => r.segmentId === segmentId).map((r) => r.type),
  );
  return expected.find((type) => !chosen.has(type));
}

function relationshipTarget(
  ruleId: RuleId | undefined,
  finding: Finding,
  canvas: Canvas,
  segmentId: string,
): Target {
  const panel: Panel = { kind: 'workbench', segmentId, tab: 'relationships' };
  const field = ruleId && FIELD_OF_RULE[ruleId];
  const relationshipId = finding.entityIds.find((id) =>
    canvas.relationships.some((r) => r.id === id),
  );
  if (relationshipId && field) return focusOn(panel, relationshipId, field);
  const missing = missingExpectedType(canvas, segmentId);
  if (ruleId === 'CR17') {
    // under-serving: add the expected type; over-serving: revisit what the segment expects
    return missing
      ? { panel, focusTarget: typeCardId(segmentId, missing) }
      : focusOn({ ...panel, tab: 'questions' }, segmentId, 'expectedRelationships');
  }
  const type = (ruleId && TYPE_OF_RULE[ruleId]) ?? missing ?? RELATIONSHIP_TYPES[0];
  return { panel, focusTarget: typeCardId(segmentId, type) };
}

function channelTarget(
  ruleId: RuleId | undefined,
  finding: Finding,
  canvas: Canvas,
  segmentId?: string,
): Target {
  const field = ruleId && FIELD_OF_RULE[ruleId];
  const named = finding.entityIds.find((id) => canvas.channels.some((c) => c.id === id));
  const ofSegment = canvas.channels.find(
    (c) => segmentId !== undefined && c.segmentIds.includes(segmentId),
  );
  if (named) return focusOn({ kind: 'channels', channelId: named }, named, field);
  if (ruleId === 'CR15' && ofSegment)
    return focusOn({ kind: 'channels', channelId: ofSegment.id }, ofSegment.id, field);
  // Spec decision: a segment no channel reaches (CR02) is fixed by ticking it on an existing
  // channel; with no channel at all, the channel list opens on its "add" button.
  const first = canvas.channels[0];
  return first
    ? focusOn({ kind: 'channels', channelId: first.id }, first.id, 'segmentIds')
    : { panel: { kind: 'channels' } };
}

/**
 * Where "Go to field" takes the user: the panel to open and the DOM id to focus in it,
 * following RULE_TARGETS and the finding's entity ids.
 * @example targetOfFinding(cr05Finding, canvas) // { panel: { kind: 'workbench', segmentId, tab: 'relationships' }, focusTarget: 'f-rel-1-purposes' }
 */
export function targetOfFinding(finding: Finding, canvas: Canvas): Target {
  const ruleId = isRuleId(finding.ruleId) ? finding.ruleId : undefined;
  const field = ruleId && FIELD_OF_RULE[ruleId];
  const segmentId = finding.segmentId;
  const kind = targetKind(finding);
  if (
    segmentId === undefined ||
    !canvas.segments.some((s) => s.id === segmentId) ||
    kind === 'channel'
  ) {
    return channelTarget(ruleId, finding, canvas, segmentId);
  }

  switch (kind) {
    case 'segment': {
      const missing = String(finding.values?.missing ?? '').split(',')[0];
      const segmentField = ruleId === 'CR11' && missing ? `archetype.${missing}` : field;
      return focusOn({ kind: 'segment', segmentId }, segmentId, segmentField);
    }
    case 'relationship':
      return relationshipTarget(ruleId, finding, canvas, segmentId);
    case 'tactic': {
      // Spec decision: CR07–CR09 open the tactics tab without a focus: the fix is a new tactic
      // (or a purpose on a relationship), which has no field yet.
      const tacticId = finding.entityIds.find((id) => canvas.tactics.some((x) => x.id === id));
      return focusOn({ kind: 'workbench', segmentId, tab: 'tactics' }, tacticId, field);
    }
    case 'economics': {
      if (ruleId === 'CR27') return focusOn({ kind: 'segment', segmentId }, segmentId, field);
      const metric = ruleId && METRIC_OF_RULE[ruleId];
      const panel: Panel = { kind: 'workbench', segmentId, tab: 'economics' };
      return metric ? { panel, focusTarget: metricFieldId(segmentId, metric) } : { panel };
    }
  }
}
