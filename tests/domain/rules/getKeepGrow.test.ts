import type { Canvas } from '@/domain/schema';

import { buildChannel, buildTactic, findingsOf, healthyCanvas, withSegment } from './builders';

/** The healthy canvas with some purposes removed from every relationship and some tactics dropped. */
function without(purpose: string, stage: string, canvas: Canvas = healthyCanvas()): Canvas {
  return {
    ...canvas,
    relationships: canvas.relationships.map((r) => ({
      ...r,
      purposes: r.purposes.filter((p) => p !== purpose),
    })),
    tactics: canvas.tactics.filter((t) => t.stage !== stage),
  };
}

describe('get, keep, grow (CR07–CR11)', () => {
  describe.each([
    ['CR07', 'acquisition', 'get', 'warning'],
    ['CR08', 'retention', 'keep', 'warning'],
    ['CR09', 'upselling', 'grow', 'hint'],
  ] as const)('%s stage without a plan', (ruleId, purpose, stage, severity) => {
    it(`should fire when no relationship has ${purpose} and no ${stage} tactic exists`, () => {
      expect(findingsOf(without(purpose, stage), ruleId)).toMatchObject([
        { severity, segmentId: 'seg', entityIds: ['seg'] },
      ]);
    });

    it(`should be satisfied by a ${stage} tactic alone`, () => {
      const canvas = without(purpose, stage);
      const tactic = buildTactic('seg', stage, { id: 'tac-extra' });
      expect(findingsOf({ ...canvas, tactics: [...canvas.tactics, tactic] }, ruleId)).toEqual([]);
    });

    it(`should be satisfied by a relationship with the ${purpose} purpose alone`, () => {
      const canvas = without(purpose, stage);
      const [first, ...rest] = canvas.relationships;
      if (!first) throw new Error('the healthy canvas has relationships');
      const relationships = [{ ...first, purposes: [...first.purposes, purpose] }, ...rest];
      expect(findingsOf({ ...canvas, relationships }, ruleId)).toEqual([]);
    });
  });

  describe('CR10 web funnel without activation', () => {
    const withoutActivation = (canvas: Canvas) => ({
      ...canvas,
      tactics: canvas.tactics.filter((t) => t.funnelStep !== 'activate'),
    });

    it('should hint on the get tactics when a digital channel exists and none activates', () => {
      expect(findingsOf(withoutActivation(healthyCanvas()), 'CR10')).toMatchObject([
        { severity: 'hint', entityIds: ['tac-seo'] },
      ]);
    });

    it('should stay silent when the segment has no digital channel', () => {
      const canvas = withoutActivation(healthyCanvas());
      const store = buildChannel({ id: 'ch-store', kind: 'own_store', medium: 'physical' });
      expect(findingsOf({ ...canvas, channels: [store] }, 'CR10')).toEqual([]);
    });

    it('should stay silent when there is no get tactic at all', () => {
      expect(findingsOf(without('acquisition', 'get'), 'CR10')).toEqual([]);
    });
  });

  describe('CR11 archetype incomplete', () => {
    it('should list the empty archetype answers, treating blanks as empty', () => {
      const canvas = withSegment(healthyCanvas(), {
        archetype: {
          role: 'end_user',
          whoTheyAre: '',
          howTheyBuy: '  ',
          whatInterestsThem: 'Price',
        },
      });
      expect(findingsOf(canvas, 'CR11')).toMatchObject([
        { severity: 'hint', entityIds: ['seg'], values: { missing: 'whoTheyAre,howTheyBuy' } },
      ]);
    });

    it('should not require the optional "influenced by" answer', () => {
      const canvas = healthyCanvas();
      expect(canvas.segments[0]?.archetype.influencedBy).toBeUndefined();
      expect(findingsOf(canvas, 'CR11')).toEqual([]);
    });
  });
});

describe('CR29 mature but acquiring (§9.7)', () => {
  const mature = (canvas: Canvas) => withSegment(canvas, { lifecycle: 'mature' });

  it('should hint when a mature segment has no retention relationship and no keep tactic', () => {
    expect(findingsOf(mature(without('retention', 'keep')), 'CR29')).toMatchObject([
      {
        severity: 'hint',
        segmentId: 'seg',
        entityIds: ['seg'],
        messageKey: 'rules:CR29.message',
      },
    ]);
  });

  it('should stay silent once the mature segment keeps its customers, by tactic or relationship', () => {
    expect(findingsOf(mature(without('retention', 'none')), 'CR29')).toEqual([]);
    expect(findingsOf(mature(without('none', 'keep')), 'CR29')).toEqual([]);
  });

  it('should stay silent for a launch or growth segment, or one whose life cycle is not said', () => {
    const bare = without('retention', 'keep');
    for (const lifecycle of ['launch', 'growth', undefined] as const) {
      expect(findingsOf(withSegment(bare, { lifecycle }), 'CR29')).toEqual([]);
    }
  });
});
