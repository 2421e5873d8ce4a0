export { registerServiceWorker, useOfflineReady } from './registerServiceWorker';
