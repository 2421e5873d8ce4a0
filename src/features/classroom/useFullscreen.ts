import { useEffect, useEffectEvent, type RefObject } from 'react';

/**
 * Shows `ref`'s element full screen while mounted, when the browser allows it; otherwise the
 * element stays a fixed overlay. Leaving full screen from the browser (Esc, F11) calls `onLeave`.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>, onLeave: () => void) {
  const leave = useEffectEvent(onLeave);

  useEffect(() => {
    const element = ref.current;
    if (!element || !document.fullscreenEnabled || typeof element.requestFullscreen !== 'function')
      return;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === element) entered = true;
      else if (entered) leave();
    };
    document.addEventListener('fullscreenchange', onChange);
    // Refused without a recent click, or by policy: the fixed overlay is the fallback.
    element.requestFullscreen().catch(() => {});
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === element) void document.exitFullscreen().catch(() => {});
    };
  }, [ref]);
}
