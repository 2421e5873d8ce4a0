import { useEffect } from 'react';

import { focusField } from '@/lib/focusField';

/**
 * Once a panel has rendered, takes the user to the field with DOM id `target` (a finding's
 * "go to field") and calls `clear`. The panel must already show the part holding the field
 * (switch tabs or select the item while rendering), because hidden fields cannot take focus.
 */
export function useFocusTarget(target: string | null, clear: () => void) {
  useEffect(() => {
    if (!target) return;
    focusField(target);
    clear();
  }, [target, clear]);
}
