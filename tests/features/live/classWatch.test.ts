import { describe, expect, it } from 'vitest';

import { groupMembers } from '@/features/live/classWatch';

const member = (memberId: string, displayName: string, canvas: string) => ({
  memberId,
  displayName,
  documentName: `class/c1/canvas/${canvas}`,
});

describe('groupMembers', () => {
  it('makes one canvas per document: teammates share theirs, named in join order', () => {
    expect(
      groupMembers([
        member('m1', 'Ana', 'k1'),
        member('m2', 'Bea', 'k2'),
        member('m3', 'Luis', 'k1'),
      ]),
    ).toEqual([
      { documentName: 'class/c1/canvas/k1', names: ['Ana', 'Luis'] },
      { documentName: 'class/c1/canvas/k2', names: ['Bea'] },
    ]);
  });

  it('gives nothing for a class nobody joined', () => {
    expect(groupMembers([])).toEqual([]);
  });
});
