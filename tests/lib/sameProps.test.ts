import { describe, expect, it } from 'vitest';

import { sameItems, sameProps } from '@/lib/sameProps';

describe('sameProps', () => {
  const segment = { id: 's1', name: 'Families' };
  const finding = { ruleId: 'CR01' };

  it('should treat new arrays of the same items as equal props', () => {
    expect(sameProps({ segment, findings: [finding] }, { segment, findings: [finding] })).toBe(
      true,
    );
    expect(sameItems([], [])).toBe(true);
  });

  it('should see a changed item, a changed order, a changed value or a missing prop', () => {
    const other = { ruleId: 'CR02' };
    expect(sameProps({ findings: [finding] }, { findings: [{ ...finding }] })).toBe(false);
    expect(sameProps({ findings: [finding, other] }, { findings: [other, finding] })).toBe(false);
    expect(sameProps({ segment, index: 1 }, { segment, index: 2 })).toBe(false);
    expect(sameProps<{ index?: number }>({ index: 1 }, {})).toBe(false);
  });
});
