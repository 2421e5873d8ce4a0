import { describe, expect, it } from 'vitest';

import {
  clampPosition,
  commandForKey,
  navigate,
} from '@/features/classroom/presentationNavigation';

// three slides; the second reveals two findings
const counts = [0, 2, 0];

describe('navigate', () => {
  it("should reveal a slide's findings one by one before moving on", () => {
    let position = { index: 0, revealed: 0 };
    const seen = [];
    for (let i = 0; i < 5; i++) {
      position = navigate(position, 'next', counts);
      seen.push(position);
    }
    expect(seen).toEqual([
      { index: 1, revealed: 0 },
      { index: 1, revealed: 1 },
      { index: 1, revealed: 2 },
      { index: 2, revealed: 0 },
      { index: 2, revealed: 0 },
    ]);
  });

  it('should hide findings again when going back, and enter a slide backwards fully revealed', () => {
    expect(navigate({ index: 2, revealed: 0 }, 'previous', counts)).toEqual({
      index: 1,
      revealed: 2,
    });
    expect(navigate({ index: 1, revealed: 2 }, 'previous', counts)).toEqual({
      index: 1,
      revealed: 1,
    });
    expect(navigate({ index: 1, revealed: 0 }, 'previous', counts)).toEqual({
      index: 0,
      revealed: 0,
    });
    expect(navigate({ index: 0, revealed: 0 }, 'previous', counts)).toEqual({
      index: 0,
      revealed: 0,
    });
  });

  it('should jump to the first and last slides', () => {
    expect(navigate({ index: 1, revealed: 1 }, 'first', counts)).toEqual({ index: 0, revealed: 0 });
    expect(navigate({ index: 0, revealed: 0 }, 'last', [0, 0, 3])).toEqual({
      index: 2,
      revealed: 3,
    });
  });

  it('should keep a position valid when slides disappear', () => {
    expect(clampPosition({ index: 7, revealed: 4 }, counts)).toEqual({ index: 2, revealed: 0 });
    expect(clampPosition({ index: 1, revealed: 9 }, counts)).toEqual({ index: 1, revealed: 2 });
    expect(navigate({ index: 0, revealed: 0 }, 'next', [])).toEqual({ index: 0, revealed: 0 });
  });
});

describe('commandForKey', () => {
  it('should map the keys a presentation clicker sends', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map(commandForKey)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map(commandForKey)).toEqual(['previous', 'previous']);
    expect(['Home', 'End', 'Escape', 'a'].map(commandForKey)).toEqual([
      'first',
      'last',
      'exit',
      null,
    ]);
  });
});
