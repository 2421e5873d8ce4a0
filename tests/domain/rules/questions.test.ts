import {
  buildCanvas,
  buildChannel,
  buildRelationship,
  buildSegment,
  findingsOf,
  firedIds,
  healthyCanvas,
  healthyParts,
} from './builders';

describe('guiding questions (CR01–CR05)', () => {
  it('should find nothing to say about the healthy canvas', () => {
    expect(firedIds(healthyCanvas())).toEqual([]);
  });

  describe('CR01 segment without a relationship', () => {
    it('should fire as an error on the segment when it has no relationship', () => {
      const canvas = buildCanvas({ ...healthyParts(), relationships: [] });
      expect(findingsOf(canvas, 'CR01')).toEqual([
        {
          ruleId: 'CR01',
          severity: 'error',
          segmentId: 'seg',
          entityIds: ['seg'],
          messageKey: 'rules:CR01.message',
          explanationKey: 'rules:CR01.explanation',
          suggestionKey: 'rules:CR01.suggestion',
          values: { segment: 'Small businesses' },
        },
      ]);
    });

    it('should not count a relationship of another segment', () => {
      const parts = healthyParts();
      const other = buildSegment({ id: 'other', name: 'Other' });
      const canvas = buildCanvas({
        ...parts,
        segments: [...parts.segments, other],
        channels: [buildChannel({ segmentIds: ['seg', 'other'] })],
      });
      expect(findingsOf(canvas, 'CR01').map((f) => f.segmentId)).toEqual(['other']);
    });
  });

  describe('CR02 segment without a channel', () => {
    it('should fire as an error when no channel lists the segment', () => {
      const canvas = buildCanvas({
        ...healthyParts(),
        channels: [buildChannel({ segmentIds: [] })],
      });
      expect(findingsOf(canvas, 'CR02')).toMatchObject([
        { severity: 'error', segmentId: 'seg', entityIds: ['seg'] },
      ]);
    });

    it('should be satisfied by any channel that lists the segment, even a partial one', () => {
      const parts = healthyParts();
      const canvas = buildCanvas({
        ...parts,
        channels: [buildChannel({ phases: ['awareness'] })],
      });
      expect(findingsOf(canvas, 'CR02')).toEqual([]);
    });
  });

  describe('CR03 expected relationship unset', () => {
    it('should hint when the segment states no expected relationship', () => {
      const parts = healthyParts();
      const canvas = buildCanvas({
        ...parts,
        segments: [buildSegment({ expectedRelationships: [] })],
      });
      expect(findingsOf(canvas, 'CR03')).toMatchObject([{ severity: 'hint', entityIds: ['seg'] }]);
    });
  });

  describe('CR04 relationship not integrated', () => {
    it('should hint on each relationship with no channel', () => {
      const parts = healthyParts();
      const [selfService, ...rest] = parts.relationships;
      const canvas = buildCanvas({
        ...parts,
        relationships: [{ ...selfService!, channelIds: [] }, ...rest],
      });
      expect(findingsOf(canvas, 'CR04')).toMatchObject([
        { severity: 'hint', entityIds: ['rel-self_service'], values: { type: 'self_service' } },
      ]);
    });

    it('should fire when the linked channel does not reach this segment', () => {
      const parts = healthyParts();
      const canvas = buildCanvas({
        ...parts,
        channels: [...parts.channels, buildChannel({ id: 'ch-other', segmentIds: [] })],
        relationships: [
          buildRelationship('seg', 'communities', {
            purposes: ['retention'],
            channelIds: ['ch-other'],
          }),
          ...parts.relationships,
        ],
      });
      expect(findingsOf(canvas, 'CR04').map((f) => f.entityIds)).toEqual([['rel-communities']]);
    });
  });

  describe('CR05 relationship without a purpose', () => {
    it('should warn on each relationship with no purpose', () => {
      const parts = healthyParts();
      const canvas = buildCanvas({
        ...parts,
        relationships: parts.relationships.map((r) =>
          r.type === 'automated_services' ? { ...r, purposes: [] } : r,
        ),
      });
      expect(findingsOf(canvas, 'CR05')).toMatchObject([
        {
          severity: 'warning',
          entityIds: ['rel-automated_services'],
          values: { type: 'automated_services', segment: 'Small businesses' },
        },
      ]);
    });
  });
});
