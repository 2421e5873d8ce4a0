/**
 * One connection to one server document: the Hocuspocus provider, with its state turned into
 * what the badge shows, and the server's refusals and errors turned into problems.
 */
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider';
import type * as Y from 'yjs';

import { collabUrl } from './api';
import {
  errorCodeOf,
  parseRefusal,
  type Connection,
  type LiveProblem,
  type LiveStatus,
  type RefusalReason,
} from './liveStatus';

export type LiveConnectionOptions = {
  doc: Y.Doc;
  documentName: string;
  token: string;
  onStatus: (status: LiveStatus) => void;
  onProblem: (problem: LiveProblem) => void;
  /** The server refused an update and closed: the caller restarts from the server's state. */
  onRefused: (reason: RefusalReason) => void;
  /** After each (re)connection's first exchange: the document holds the server's state. */
  onSynced?: () => void;
  url?: string;
  target?: Window;
};

const OFFLINE_AFTER_MS = 4000;

export type LiveConnection = { destroy: () => void; isReadOnly: () => boolean };

export function openLiveConnection(options: LiveConnectionOptions): LiveConnection {
  const { doc, documentName, token, onStatus, onProblem, onRefused, onSynced } = options;
  const target = options.target ?? window;
  let everConnected = false;
  let online = target.navigator.onLine;
  let socket: WebSocketStatus = WebSocketStatus.Connecting;
  let stopped = false;
  let readOnly = false;
  let failedOnce = false;
  // Set once constructed: the provider reports its first status from inside its constructor.
  let provider: HocuspocusProvider | null = null;

  const connection = (): Connection => {
    if (!online) return 'offline';
    if (socket === WebSocketStatus.Connected && provider?.isAuthenticated) return 'connected';
    if (everConnected) return 'reconnecting';
    return socket === WebSocketStatus.Connecting && !failedOnce ? 'connecting' : 'offline';
  };
  const report = () => {
    if (stopped || !provider) return;
    const state = connection();
    onStatus({
      connection: state,
      saved: state === 'connected' && provider.isSynced && !provider.hasUnsyncedChanges,
    });
  };

  const socketProvider = new HocuspocusProviderWebsocket({
    url: options.url ?? collabUrl(),
    autoConnect: false,
    // Retry soon after a restart, and never wait longer than a few seconds between tries.
    delay: 500,
    minDelay: 500,
    maxDelay: 4000,
  });
  const current = new HocuspocusProvider({
    websocketProvider: socketProvider,
    name: documentName,
    document: doc,
    token,
    onStatus: ({ status }) => {
      socket = status;
      report();
    },
    onAuthenticated: ({ scope }) => {
      everConnected = true;
      readOnly = scope === 'readonly';
      report();
    },
    onAuthenticationFailed: ({ reason }) => {
      stop();
      onProblem({ kind: 'error', code: errorCodeOf(reason) ?? 'unauthorized' });
    },
    onSynced: () => {
      report();
      onSynced?.();
    },
    onUnsyncedChanges: report,
    onClose: ({ event }) => {
      failedOnce = true;
      const code = errorCodeOf(event.reason);
      if (code && code !== 'unauthorized') onProblem({ kind: 'error', code });
      report();
    },
    onStateless: ({ payload }) => {
      const reason = parseRefusal(payload);
      if (reason === null) return;
      // Stop before the server's close, so nothing more of the refused document is sent.
      stop();
      onRefused(reason);
    },
  });

  provider = current;
  current.attach();
  // A first attempt may hang (a server that never answers): after a few seconds it counts as offline.
  const firstAttempt = setTimeout(() => {
    failedOnce = true;
    report();
  }, OFFLINE_AFTER_MS);

  // The browser knows sooner than the socket: go quiet when offline, try again at once on return.
  const goOffline = () => {
    online = false;
    socketProvider.disconnect();
    report();
  };
  const goOnline = () => {
    online = true;
    if (!stopped) void socketProvider.connect();
    report();
  };
  target.addEventListener('offline', goOffline);
  target.addEventListener('online', goOnline);
  if (online) void socketProvider.connect();
  report();

  function stop() {
    if (stopped) return;
    stopped = true;
    clearTimeout(firstAttempt);
    target.removeEventListener('offline', goOffline);
    target.removeEventListener('online', goOnline);
    current.destroy();
    socketProvider.destroy();
    onStatus({ connection: 'offline', saved: false });
  }

  return { destroy: stop, isReadOnly: () => readOnly };
}
