import { describe, expect, it } from 'vitest';

import { LIMITS, segmentSchema, unwrapOptional } from '@/domain';

describe('unwrapOptional', () => {
  it('should give the checks of an optional field, without accepting nothing', () => {
    const label = unwrapOptional(segmentSchema.shape.label);
    expect(label.safeParse('SMB').success).toBe(true);
    expect(label.safeParse('x'.repeat(LIMITS.segmentLabelLength + 1)).success).toBe(false);
    expect(label.safeParse(undefined).success).toBe(false);
    expect(segmentSchema.shape.label.safeParse(undefined).success).toBe(true);
  });
});
