/**
 * Light enough for the gate that runs on every start: tells it that a canvas became live or
 * stopped being live, and when the address holds a live link.
 */
const listeners = new Set<() => void>();
let version = 0;

export function notifyLiveChanged() {
  version += 1;
  listeners.forEach((listener) => listener());
}

export function subscribeLive(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

/** Changes with every notice and with the address, for useSyncExternalStore. */
export const liveSnapshot = () => `${version}${window.location.hash}`;

/** Takes the live link out of the address (without a reload) once it has been used. */
export function clearLiveLink() {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  notifyLiveChanged();
}
