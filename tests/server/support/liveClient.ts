/** A real @hocuspocus/provider client in Node (ws as its WebSocket), with waits on its events. */
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

import { createCanvasDoc, readCanvas, writeCanvas } from '@/collab';
import type { Canvas } from '@/domain';

export interface LiveClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Stateless messages from the server, parsed. */
  messages: unknown[];
  /** Resolves with the reason when authentication is refused. */
  authFailed: Promise<string>;
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>;
  canvas: () => Canvas;
  edit: (change: (canvas: Canvas) => void) => void;
  /** Resolves once every local change has been acknowledged by the server. */
  acknowledged: () => Promise<void>;
  /** Resolves once `check` holds for this client's canvas (checked after every change). */
  until: (check: (canvas: Canvas) => boolean, what?: string) => Promise<Canvas>;
  /** Resolves with what `read` finds in this client's document once it finds something. */
  untilDoc: <T>(read: (doc: Y.Doc) => T | undefined, what: string) => Promise<T>;
  /** Resolves with the next stateless message. */
  nextMessage: () => Promise<unknown>;
  /** Makes `write`'s change to the document and resolves with the server's next message (a refusal). */
  answerTo: (write: (doc: Y.Doc) => void) => Promise<unknown>;
  close: () => void;
}

export function connectClient(
  wsUrl: string,
  documentName: string,
  token: string,
  options: { canvas?: Canvas; doc?: Y.Doc; timeoutMs?: number } = {},
): LiveClient {
  const doc = options.doc ?? (options.canvas ? createCanvasDoc(options.canvas) : new Y.Doc());
  const messages: unknown[] = [];
  const messageWaiters: ((message: unknown) => void)[] = [];
  let rejectAuth: ((reason: string) => void) | undefined;
  const authFailed = new Promise<string>((resolve) => (rejectAuth = resolve));
  let resolveSynced: () => void = () => {};
  const synced = new Promise<void>((resolve) => (resolveSynced = resolve));
  const provider = new HocuspocusProvider({
    url: wsUrl,
    name: documentName,
    token,
    document: doc,
    WebSocketPolyfill: WebSocket,
    // Quick reconnects: tests restart the server and wait for the client to come back.
    delay: 50,
    minDelay: 50,
    factor: 1.5,
    maxDelay: 500,
    onAuthenticationFailed: ({ reason }) => rejectAuth?.(reason),
    onSynced: () => resolveSynced(),
    onStateless: ({ payload }) => {
      const message: unknown = JSON.parse(payload);
      messages.push(message);
      messageWaiters.splice(0).forEach((resolve) => resolve(message));
    },
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);

  const canvas = () => {
    const result = readCanvas(doc);
    if (!result.ok) throw new Error(`client canvas invalid: ${JSON.stringify(result.problems)}`);
    return result.canvas;
  };

  const untilDoc = <T>(read: (doc: Y.Doc) => T | undefined, what: string) =>
    new Promise<T>((resolve, reject) => {
      const test = () => {
        const found = read(doc);
        if (found === undefined) return;
        doc.off('update', test);
        clearTimeout(timer);
        resolve(found);
      };
      // A safety net so a broken test fails with a message instead of at the test timeout.
      const timer = setTimeout(() => {
        doc.off('update', test);
        reject(new Error(`timed out waiting for ${what}`));
      }, options.timeoutMs ?? 20_000);
      doc.on('update', test);
      test();
    });

  const nextMessage = () => new Promise<unknown>((resolve) => messageWaiters.push(resolve));
  return {
    doc,
    provider,
    messages,
    authFailed,
    synced,
    canvas,
    edit(change) {
      const next = structuredClone(canvas());
      change(next);
      writeCanvas(doc, next, 'test');
    },
    acknowledged: () =>
      new Promise<void>((resolve) => {
        if (!provider.hasUnsyncedChanges) return resolve();
        const onChange = ({ number }: { number: number }) => {
          if (number === 0) {
            provider.off('unsyncedChanges', onChange);
            resolve();
          }
        };
        provider.on('unsyncedChanges', onChange);
      }),
    until: (check, what = 'the expected canvas') =>
      untilDoc((d) => {
        const result = readCanvas(d);
        return result.ok && check(result.canvas) ? result.canvas : undefined;
      }, what),
    untilDoc,
    nextMessage,
    answerTo: (write) => {
      const answer = nextMessage();
      write(doc);
      return answer;
    },
    close: () => {
      // Closing a socket still connecting makes ws emit an error nobody listens to.
      const socket = provider.configuration.websocketProvider.webSocket as {
        on?: (e: string, f: () => void) => void;
      } | null;
      socket?.on?.('error', () => {});
      provider.destroy();
    },
  };
}
