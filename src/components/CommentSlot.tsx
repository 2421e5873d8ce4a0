import { type ReactNode, useSyncExternalStore } from 'react';

/** What a comment can be about, and the name a screen reader hears for it. */
export type CommentSlotProps = {
  kind: 'block' | 'segment' | 'relationship' | 'note';
  id: string;
  label: string;
};

// Filled by a live canvas with its comment marker (features/comments); empty otherwise, so the
// board pays one store read per slot and loads nothing of the comments.
let marker: ((props: CommentSlotProps) => ReactNode) | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function setCommentMarker(next: ((props: CommentSlotProps) => ReactNode) | null): void {
  marker = next;
  listeners.forEach((listener) => listener());
}

/** Where a board item shows its comments while a live canvas is open. */
export function CommentSlot(props: CommentSlotProps) {
  const render = useSyncExternalStore(subscribe, () => marker);
  return render ? render(props) : null;
}
