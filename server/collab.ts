/**
 * The Hocuspocus instance: who may open which document, and the checks every incoming update
 * passes (size, rate, what its role may change) before it is applied, logged and acknowledged.
 */
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { type Connection, type Extension, Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';

import { type Access, ClassError, type Classes } from './classes';
import type { ServerConfig } from './config';
import { type DocumentStore, UnmigratableDocument } from './documents';
import { judgeFor, POLICY_ROOTS } from './policy';
import { Shadows } from './shadows';

export type RefusalReason = 'schema' | 'forbidden' | 'too_large' | 'rate';

/** y-protocols message types (the first number after the document name). */
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

interface Bucket {
  tokens: number;
  at: number;
}

export function createCollab(
  config: ServerConfig,
  classes: Classes,
  store: DocumentStore,
): Hocuspocus {
  const { limits } = config;
  const connectionsByClass = new Map<string, number>();
  const buckets = new WeakMap<Connection, Bucket>();
  const shadows = new Shadows(limits.documentBytes, POLICY_ROOTS);

  const release = (classId: string) => {
    const left = (connectionsByClass.get(classId) ?? 1) - 1;
    if (left > 0) connectionsByClass.set(classId, left);
    else connectionsByClass.delete(classId);
  };

  /** Token bucket: `updatesPerSecond` on average, `updateBurst` at once. */
  const withinRate = (connection: Connection): boolean => {
    const now = Date.now();
    const bucket = buckets.get(connection) ?? { tokens: limits.updateBurst, at: now };
    bucket.tokens = Math.min(
      limits.updateBurst,
      bucket.tokens + ((now - bucket.at) / 1000) * limits.updatesPerSecond,
    );
    bucket.at = now;
    buckets.set(connection, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };

  const refuse = (connection: Connection, reason: RefusalReason, path?: string): never => {
    connection.sendStateless(
      JSON.stringify({ type: 'refused', reason, ...(path ? { path } : {}) }),
    );
    // Thrown, so Hocuspocus neither applies the message nor acknowledges it, and closes this
    // document's connection; the client starts again from the server's state.
    throw { code: 4400, reason: `refused: ${reason}` };
  };

  const guard: Extension = {
    async onAuthenticate({ token, documentName }) {
      let access: Access;
      try {
        access = classes.authorize(token, documentName);
      } catch (error) {
        // Hocuspocus sends `reason` to the provider's onAuthenticationFailed.
        throw { reason: error instanceof ClassError ? error.code : 'unauthorized' };
      }
      // Counted once established (below), so a connection that fails to load holds no place;
      // a burst of simultaneous connections may pass the limit by the few still loading.
      if ((connectionsByClass.get(access.classId) ?? 0) >= limits.connectionsPerClass) {
        throw { reason: 'class_full' };
      }
      // Every connection may send updates; server/policy.ts decides what each role may change.
      return { access };
    },

    async connected({ context }) {
      const { classId } = (context as { access: Access }).access;
      connectionsByClass.set(classId, (connectionsByClass.get(classId) ?? 0) + 1);
    },

    async onDisconnect({ context }) {
      const access = (context as { access?: Access }).access;
      if (access) release(access.classId);
    },

    async beforeHandleMessage({ connection, context, document, documentName, update: message }) {
      if (message.byteLength > limits.messageBytes) refuse(connection, 'too_large');
      const update = updateIn(message);
      if (!update) return;
      if (!withinRate(connection)) refuse(connection, 'rate');
      // Already known (a reconnecting client resending its state): nothing to check or store.
      if (Y.snapshotContainsUpdate(Y.snapshot(document), update)) return;
      const trial = shadows.try(document, update, judgeFor((context as { access: Access }).access));
      if (!trial.ok) refuse(connection, trial.reason, 'path' in trial ? trial.path : undefined);
      store.append(documentName, update);
    },
  };

  const persistence = new Database({
    fetch: async ({ documentName }) => {
      try {
        return store.load(documentName);
      } catch (error) {
        if (error instanceof UnmigratableDocument) throw { reason: error.reason };
        throw error;
      }
    },
    store: async ({ documentName, state }) => store.store(documentName, state),
  });

  const extensions: Extension[] = [guard, persistence];
  if (config.redisUrl) extensions.push(redisExtension(config.redisUrl));

  return new Hocuspocus({
    name: `vinculo-${process.pid}`,
    quiet: true,
    debounce: config.storeDebounceMs,
    maxDebounce: config.storeDebounceMs * 5,
    extensions,
  });
}

/** The Yjs update a sync message carries (step 2 or update), or undefined for anything else. */
function updateIn(message: Uint8Array): Uint8Array | undefined {
  const reader = { at: 0 };
  const nameLength = readVarUint(message, reader);
  reader.at += nameLength;
  if (readVarUint(message, reader) !== MESSAGE_SYNC) return undefined;
  const syncType = readVarUint(message, reader);
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return undefined;
  const length = readVarUint(message, reader);
  if (reader.at + length > message.byteLength) throw new Error('truncated update');
  return message.subarray(reader.at, reader.at + length);
}

/** lib0's variable-length unsigned integer: 7 bits per byte, high bit set on all but the last. */
function readVarUint(bytes: Uint8Array, reader: { at: number }): number {
  let value = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    if (reader.at >= bytes.byteLength) throw new Error('truncated message');
    const byte = bytes[reader.at++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
  throw new Error('malformed number');
}

function redisExtension(url: string): Extension {
  const parsed = new URL(url);
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(parsed.pathname.length > 1 ? { db: Number(parsed.pathname.slice(1)) } : {}),
    },
  });
}
