/**
 * The real live server (the bundle `npm run server` runs) as a child process on a free port,
 * with its data in a temporary folder, for the live-class browser tests. Started and restarted
 * on the same port and data, so a client reconnects to it; ready once GET /health answers.
 * (tests/server/support/liveServer.ts lets the server pick a port, so it cannot restart on it.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, beforeAll } from 'vitest';

import { buildServer } from '../../../server/build.mjs';
import { freePort } from '../../support/freePort';

import { DIST } from './server';

const ROOT = resolve(import.meta.dirname, '../../..');
let entry: Promise<string> | null = null;
const START_TIMEOUT_MS = 90_000;

export type LiveServer = {
  url: string;
  dataDir: string;
  /** Stops it: SIGKILL by default (a crash: nothing flushed), SIGTERM for a clean stop. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
  /** Starts it again on the same port and data. */
  start: () => Promise<void>;
  /** Stops it and removes its data. */
  dispose: () => Promise<void>;
};

async function startLiveServer(env: Record<string, string> = {}): Promise<LiveServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'vinculo-live-'));
  const url = `http://localhost:${port}`;
  let child: ChildProcess | null = null;
  let output = '';

  // Bundled once per test run, as server/start.mjs does on every start.
  entry ??= buildServer();
  const serverEntry = await entry;
  const start = async () => {
    output = '';
    const proc = spawn(process.execPath, [serverEntry], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        VINCULO_DATA_DIR: dataDir,
        VINCULO_DIST_DIR: DIST,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<never>((_, reject) =>
      proc.once('exit', (code) => reject(new Error(`live server exited (${code}):\n${output}`))),
    );
    exited.catch(() => undefined); // only awaited while starting
    await Promise.race([waitForHealth(url), exited]);
  };

  const stop = async (signal: NodeJS.Signals = 'SIGKILL') => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const gone = new Promise<void>((done) => proc.once('exit', () => done()));
    proc.kill(signal);
    await gone;
  };

  await start();
  return {
    url,
    dataDir,
    stop,
    start,
    dispose: async () => {
      await stop('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Asks /health until it answers 200: the server listens and its storage works. */
async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((next) => setTimeout(next, 100)); // the pace of asking, not a wait for state
  }
  throw new Error(`live server at ${url} did not become healthy`);
}

/**
 * The live server for one describe block: started before its tests, removed after them. The
 * returned handle reads the running server, so tests use it like the server itself.
 */
export function useLiveServer(env: Record<string, string> = {}): LiveServer {
  let server: LiveServer | undefined;
  beforeAll(async () => {
    server = await startLiveServer(env);
  });
  afterAll(async () => {
    await server?.dispose();
  });
  const running = (): LiveServer => {
    if (!server) throw new Error('the live server starts in beforeAll');
    return server;
  };
  return {
    get url() {
      return running().url;
    },
    get dataDir() {
      return running().dataDir;
    },
    stop: (signal) => running().stop(signal),
    start: () => running().start(),
    dispose: () => running().dispose(),
  };
}
