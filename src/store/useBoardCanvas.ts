import { useState } from 'react';

import type { Canvas } from '@/domain';

import { useActiveCanvas } from './selectors';
import { useUiStore } from './uiStore';

/**
 * The open canvas as the board and the results panel show it. While an editor covers them (the
 * page skips rendering them then, see `.workspace` in theme.css), they keep the version from
 * when it opened, so an edit in the editor renders nothing behind it; they catch up on closing.
 */
export function useBoardCanvas(): Canvas | null {
  const live = useActiveCanvas();
  const covered = useUiStore((s) => s.panel !== null);
  const [held, setHeld] = useState(live);
  if (!covered && held !== live) setHeld(live);
  return covered ? held : live;
}
