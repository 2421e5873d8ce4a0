/// <reference types="vite-plugin-pwa/vanillajs" />
import { useSyncExternalStore } from 'react';

let offlineReady = false;
let started = false;
const listeners = new Set<() => void>();

function markOfflineReady() {
  offlineReady = true;
  for (const listener of listeners) listener();
}

/**
 * Registers the service worker that precaches the whole app (vite-plugin-pwa, auto-update),
 * once per page and only in a production build. workbox-window is loaded only now.
 */
export function registerServiceWorker(): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  started = true;
  if (navigator.serviceWorker.controller) markOfflineReady();
  void import('virtual:pwa-register').then(({ registerSW }) =>
    registerSW({ onOfflineReady: markOfflineReady }),
  );
}

/** Whether every file of the app is cached, so it keeps working with the network off. */
export function useOfflineReady(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => offlineReady,
  );
}
