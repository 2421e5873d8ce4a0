import { describe, expect, it } from 'vitest';

import { RULES, createTactic, evaluateCanvas, type Finding } from '@/domain';
import { blockOfFinding, metricFieldId, targetOfFinding } from '@/features/findingTargets';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';

import { activeCanvas, seedSmbCanvas } from '../../support/seedCanvas';

/** The finding the domain reports for `ruleId` on the open canvas. */
function findingOf(ruleId: string): Finding {
  const finding = evaluateCanvas(activeCanvas()).findings.find((f) => f.ruleId === ruleId);
  if (!finding) throw new Error(`${ruleId} did not fire`);
  return finding;
}

const store = () => useCanvasStore.getState();

describe('targetOfFinding', () => {
  it('should point an incomplete archetype at its first empty answer in the segment editor', () => {
    const { segmentId } = seedSmbCanvas();
    store().updateSegment(segmentId, {
      archetype: { role: 'end_user', whoTheyAre: 'Owners', howTheyBuy: '', whatInterestsThem: '' },
    });

    expect(targetOfFinding(findingOf('CR11'), activeCanvas())).toEqual({
      panel: { kind: 'segment', segmentId },
      focusTarget: fieldId(segmentId, 'archetype.howTheyBuy'),
    });
  });

  it('should point a segment no channel reaches at the segments an existing channel serves', () => {
    const { channelId } = seedSmbCanvas();
    store().addSegment({ name: 'Unreached', size: 10, monthlyRevenuePerCustomer: 5 });

    expect(targetOfFinding(findingOf('CR02'), activeCanvas())).toEqual({
      panel: { kind: 'channels', channelId },
      focusTarget: fieldId(channelId, 'segmentIds'),
    });
  });

  it('should point a partner channel marked direct at its directness', () => {
    const { channelId } = seedSmbCanvas();
    store().updateChannel(channelId, { ownership: 'partner' });

    expect(targetOfFinding(findingOf('CR06'), activeCanvas())).toEqual({
      panel: { kind: 'channels', channelId },
      focusTarget: fieldId(channelId, 'directness'),
    });
  });

  it('should point a segment without relationships at the card of the type it expects', () => {
    const { segmentId, relationshipIds } = seedSmbCanvas(['personal_assistance']);
    relationshipIds.forEach((id) => store().removeRelationship(id));

    expect(targetOfFinding(findingOf('CR01'), activeCanvas())).toEqual({
      panel: { kind: 'workbench', segmentId, tab: 'relationships' },
      focusTarget: fieldId(segmentId, 'type.self_service'),
    });
  });

  it('should point a web funnel without activation at the funnel step of a get tactic', () => {
    const { segmentId, channelId } = seedSmbCanvas();
    const tactic = createTactic(segmentId, 'get', { channelIds: [channelId] });
    store().addTactic(tactic);

    expect(targetOfFinding(findingOf('CR10'), activeCanvas())).toEqual({
      panel: { kind: 'workbench', segmentId, tab: 'tactics' },
      focusTarget: fieldId(tactic.id, 'funnelStep'),
    });
  });

  it('should point economics findings at the figure in the workbench, and a small segment at its size', () => {
    const { segmentId } = seedSmbCanvas();
    store().updateSegment(segmentId, { size: 100 });

    expect(targetOfFinding(findingOf('CR24'), activeCanvas())).toEqual({
      panel: { kind: 'workbench', segmentId, tab: 'economics' },
      focusTarget: metricFieldId(segmentId, 'costShare'),
    });
    expect(targetOfFinding(findingOf('CR27'), activeCanvas())).toEqual({
      panel: { kind: 'segment', segmentId },
      focusTarget: fieldId(segmentId, 'size'),
    });
  });

  it('should give every rule of the catalogue a panel for the segment it concerns', () => {
    const { segmentId } = seedSmbCanvas();
    for (const rule of RULES) {
      const finding: Finding = {
        ruleId: rule.id,
        severity: rule.severity,
        segmentId,
        entityIds: [segmentId],
        messageKey: '',
      };
      const { panel } = targetOfFinding(finding, activeCanvas());
      if (panel.kind === 'channels' || panel.kind === 'library') continue;
      expect(panel, rule.id).toMatchObject({ segmentId });
    }
  });
});

describe('blockOfFinding', () => {
  it('should mark the block the rule is about', () => {
    const finding = (ruleId: string): Finding => ({
      ruleId,
      severity: 'warning',
      entityIds: [],
      messageKey: '',
    });
    expect(blockOfFinding(finding('CR03'))).toBe('customerSegments');
    expect(blockOfFinding(finding('CR05'))).toBe('customerRelationships');
    expect(blockOfFinding(finding('CR08'))).toBe('customerRelationships');
    expect(blockOfFinding(finding('CR12'))).toBe('channels');
    expect(blockOfFinding(finding('CR24'))).toBe('costStructure');
  });
});
