import { create } from 'zustand';

import type { CommentTarget } from '@/collab';

import type { ThreadCount } from './targets';

type MarkerState = {
  /** Threads per target of the open live canvas (`targetKey`). */
  counts: ReadonlyMap<string, ThreadCount>;
  /** What the comments dialog shows: one target, everything, or closed. */
  showing: CommentTarget | 'all' | null;
};

/** The open live canvas's comment markers, and its comments dialog. */
export const useMarkerStore = create<MarkerState>(() => ({ counts: new Map(), showing: null }));

export const showComments = (showing: MarkerState['showing']) =>
  useMarkerStore.setState({ showing });
