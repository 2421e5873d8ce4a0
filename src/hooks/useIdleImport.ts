import { useEffect, useState } from 'react';

import { whenIdle } from '@/lib/whenIdle';

/**
 * What `load` resolves to (a module, usually), loaded once the browser is idle after mount:
 * effects of the first commit run before the first paint. Null until then; `loaded` is the
 * value when it is already in, shown at once. A null `load` waits; a new `load` while nothing
 * is in starts over (so a failed load, which leaves null, can be tried again).
 */
export function useIdleImport<T>(
  load: (() => Promise<T>) | null,
  loaded: T | null = null,
): T | null {
  const [value, setValue] = useState(loaded);
  useEffect(() => {
    if (value !== null || !load) return;
    let current = true;
    const cancel = whenIdle(() => {
      load().then(
        (result) => current && setValue(() => result),
        () => undefined,
      );
    });
    return () => {
      current = false;
      cancel();
    };
  }, [value, load]);
  return value;
}
