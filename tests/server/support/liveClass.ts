/**
 * The live server and one class on it for the tests of a file (or a describe block), like the
 * browser tests' `useLiveServer()`: started and created before its tests, every client closed and
 * the server stopped after them.
 */
import { afterAll, beforeAll } from 'vitest';

import { connectClient, type LiveClient } from './liveClient';
import { createClass, type CreatedClass, type LiveServer, startLiveServer } from './liveServer';

export interface LiveClass {
  /** The running server; its fields are read when a test runs (not to be spread). */
  server: LiveServer;
  /** The class made on it, likewise. */
  klass: CreatedClass;
  /** Connects a client that is closed once the tests are done. */
  connect: (...args: Parameters<typeof connectClient>) => LiveClient;
}

export function useLiveClass(
  options: { title?: string; env?: Record<string, string> } = {},
): LiveClass {
  let server: LiveServer | undefined;
  let klass: CreatedClass | undefined;
  const clients: LiveClient[] = [];
  beforeAll(async () => {
    server = await startLiveServer({ env: options.env });
    klass = await createClass(server, options.title);
  });
  afterAll(async () => {
    clients.splice(0).forEach((c) => c.close());
    await server?.stop();
  });
  return {
    server: late(() => server),
    klass: late(() => klass),
    connect: (...args) => {
      const client = connectClient(...args);
      clients.push(client);
      return client;
    },
  };
}

/** A handle that reads `current()` on every use, so a file can name it before beforeAll runs. */
function late<T extends object>(current: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_, key) {
      const target = current();
      if (!target) throw new Error('the live class is made in beforeAll: use it inside a test');
      return Reflect.get(target, key) as unknown;
    },
  });
}
