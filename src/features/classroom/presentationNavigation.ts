/** Where the presenter is: the slide, and how many of its findings are already revealed. */
export type Position = { index: number; revealed: number };

export type NavigationCommand = 'next' | 'previous' | 'first' | 'last';

/** Keeps a position valid for `counts`, e.g. after the canvas changed underneath it. */
export function clampPosition(position: Position, counts: readonly number[]): Position {
  const index = Math.min(Math.max(0, position.index), Math.max(0, counts.length - 1));
  return { index, revealed: Math.min(Math.max(0, position.revealed), counts[index] ?? 0) };
}

/**
 * Moves through the slides like a slide deck with builds: "next" reveals the slide's next
 * finding before it leaves the slide, and "previous" hides them again in reverse.
 * `counts[i]` is how many items slide i reveals.
 */
export function navigate(
  position: Position,
  command: NavigationCommand,
  counts: readonly number[],
): Position {
  const last = Math.max(0, counts.length - 1);
  const { index, revealed } = clampPosition(position, counts);
  const count = counts[index] ?? 0;
  switch (command) {
    case 'next':
      if (revealed < count) return { index, revealed: revealed + 1 };
      return index < last ? { index: index + 1, revealed: 0 } : { index, revealed };
    case 'previous':
      if (revealed > 0) return { index, revealed: revealed - 1 };
      // Spec decision: going back into a slide shows it as it was left, everything revealed.
      return index > 0
        ? { index: index - 1, revealed: counts[index - 1] ?? 0 }
        : { index, revealed };
    case 'first':
      return { index: 0, revealed: 0 };
    case 'last':
      return { index: last, revealed: counts[last] ?? 0 };
  }
}

/** Presentation keys, chosen so that a presentation clicker (PageUp/PageDown) works too. */
export function commandForKey(key: string): NavigationCommand | 'exit' | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}
