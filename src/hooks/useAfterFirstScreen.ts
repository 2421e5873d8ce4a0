import { useEffect, useState } from 'react';

import { whenIdle } from '@/lib/whenIdle';

/**
 * False on the first render, true once the browser has shown the first screen and is idle:
 * for parts of the screen that can wait, so their code and texts are not fetched before it.
 */
export function useAfterFirstScreen(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => whenIdle(() => setReady(true)), []);
  return ready;
}
