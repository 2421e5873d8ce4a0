/** The HTTP side: the built app, /health, the JSON API, and the websocket upgrade at /collab. */
import http from 'node:http';

import type { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';

import { ClassError, type Classes, type ErrorCode } from './classes';
import type { ServerConfig } from './config';
import type { DocumentStore } from './documents';
import { serveStatic } from './static';

const STATUS: Record<ErrorCode, number> = {
  unknown_code: 404,
  class_full: 409,
  invalid_name: 400,
  invalid_request: 400,
  expired: 401,
  unauthorized: 401,
  too_many_requests: 429,
  too_large: 413,
};

const MAX_BODY = 16 * 1024;

interface Deps {
  config: ServerConfig;
  classes: Classes;
  store: DocumentStore;
  collab: Hocuspocus;
}

export function createHttpServer({ config, classes, store, collab }: Deps): http.Server {
  // Only wrong codes count: a class behind one school address joins at once, a guesser fails often.
  const wrongCodes = failureLimiter(30, 60_000);

  const api = async (req: http.IncomingMessage, url: URL): Promise<[number, unknown]> => {
    const route = `${req.method} ${url.pathname}`;
    if (route === 'POST /api/live/classes') {
      const body = await readJson(req);
      return [201, classes.create(body.title)];
    }
    if (route === 'POST /api/live/join' || route === 'POST /api/live/team') {
      const address = req.socket.remoteAddress ?? '';
      if (wrongCodes.blocked(address)) throw new ClassError('too_many_requests');
      const body = await readJson(req);
      try {
        const joined = route.endsWith('/join')
          ? classes.join(body.joinCode, body.displayName)
          : classes.joinTeam(body.teamCode, body.displayName);
        return [200, joined];
      } catch (error) {
        if (error instanceof ClassError && error.code === 'unknown_code')
          wrongCodes.record(address);
        throw error;
      }
    }
    const members = /^\/api\/live\/classes\/([^/]+)\/members$/.exec(url.pathname);
    if (req.method === 'GET' && members) {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      return [200, classes.members(decodeURIComponent(members[1]!), token)];
    }
    return [404, { error: 'not_found' }];
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      const healthy = store.healthy;
      const problems = store.problems();
      return sendJson(res, healthy ? 200 : 503, {
        ok: healthy,
        storage: healthy ? 'ok' : 'failing',
        ...(problems.length ? { unmigrated: problems.map((p) => p.name) } : {}),
      });
    }
    if (url.pathname.startsWith('/api/live/')) {
      api(req, url).then(
        ([status, body]) => sendJson(res, status, body),
        (error: unknown) => {
          if (error instanceof ClassError)
            return sendJson(res, STATUS[error.code], { error: error.code });
          console.error(error);
          sendJson(res, 500, { error: 'server_error' });
        },
      );
      return;
    }
    serveStatic(config.distDir, url.pathname, res);
  });

  const sockets = new WebSocketServer({
    noServer: true,
    // Frames up to 16 times the message limit reach the update check, which refuses them with a
    // message the client understands; beyond that ws drops the socket before buffering it.
    maxPayload: Math.max(config.limits.messageBytes * 16, 16 * 1024 * 1024),
  });
  server.on('upgrade', (req, socket, head) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname !== '/collab' && !pathname.startsWith('/collab/')) return socket.destroy();
    sockets.handleUpgrade(req, socket, head, (ws) => collab.handleConnection(ws, req));
  });
  return server;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new ClassError('too_large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        const body: unknown = chunks.length
          ? JSON.parse(Buffer.concat(chunks).toString('utf8'))
          : {};
        if (typeof body !== 'object' || body === null || Array.isArray(body))
          throw new Error('not an object');
        resolve(body as Record<string, unknown>);
      } catch {
        reject(new ClassError('invalid_request'));
      }
    });
    req.on('error', reject);
  });
}

/** Blocks a key once it has `count` failures within `windowMs`. */
function failureLimiter(count: number, windowMs: number) {
  const failures = new Map<string, number[]>();
  const recent = (key: string) =>
    (failures.get(key) ?? []).filter((t) => Date.now() - t < windowMs);
  return {
    blocked: (key: string) => recent(key).length >= count,
    record(key: string) {
      if (failures.size > 10_000) failures.clear();
      failures.set(key, [...recent(key), Date.now()]);
    },
  };
}
