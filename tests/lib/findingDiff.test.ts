import { describe, expect, it } from 'vitest';

import type { Finding } from '@/domain';
import { diffFindings } from '@/lib/findingDiff';

const finding = (ruleId: string, entityIds: string[], extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  severity: 'warning',
  segmentId: 's1',
  entityIds,
  messageKey: `rules:${ruleId}.message`,
  ...extra,
});

describe('diffFindings', () => {
  it('should report findings that appear and go', () => {
    const a = finding('CR05', ['r1']);
    const b = finding('CR05', ['r2']);
    const c = finding('CR08', ['s1']);
    expect(diffFindings([a, c], [a, b])).toEqual({ added: [b], resolved: [c] });
  });

  it('should treat a finding whose figures or entity list changed as the same finding', () => {
    const before = finding('CR12', ['c1'], { values: { missing: 'evaluation,delivery' } });
    const after = finding('CR12', ['c1', 'c2'], { values: { missing: 'delivery' } });
    expect(diffFindings([before], [after])).toEqual({ added: [], resolved: [] });
  });

  it('should report a change of severity as a new finding and a resolved one', () => {
    const warning = finding('CR25', ['s1']);
    const error = finding('CR25', ['s1'], { severity: 'error' });
    expect(diffFindings([warning], [error])).toEqual({ added: [error], resolved: [warning] });
  });
});
