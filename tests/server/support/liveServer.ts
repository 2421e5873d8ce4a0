/**
 * Starts the real server process (the bundle from server/build.mjs) on a free port with its own
 * data folder, for the server tests and the browser tests of live classes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { SERVER_ENTRY } from '../../../server/build.mjs';

export interface LiveServer {
  url: string;
  wsUrl: string;
  dataDir: string;
  process: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** SIGTERM, then waits for the exit. */
  stop: () => Promise<number | null>;
  /** SIGKILL: no chance to write anything. */
  kill: () => Promise<number | null>;
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'vinculo-live-'));
}

export async function startLiveServer(
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<LiveServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      VINCULO_DATA_DIR: dataDir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on http:\/\/localhost:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`server exited (${code}) before listening:\n${output}`)),
    );
  });
  const end = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    dataDir,
    process: child,
    output: () => output,
    exited,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}

export interface CreatedClass {
  classId: string;
  joinCode: string;
  instructorToken: string;
}

export interface Joined {
  classId: string;
  memberId: string;
  token: string;
  documentName: string;
  teamCode: string;
  displayName: string;
  classTitle: string;
}

export async function api<T>(
  server: { url: string },
  route: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.url}${route}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export async function createClass(server: { url: string }, title = 'Clase'): Promise<CreatedClass> {
  const { status, body } = await api<CreatedClass>(server, '/api/live/classes', { title });
  if (status !== 201) throw new Error(`create class: ${status} ${JSON.stringify(body)}`);
  return body;
}

export async function joinClass(
  server: { url: string },
  joinCode: string,
  displayName: string,
): Promise<Joined> {
  const { status, body } = await api<Joined>(server, '/api/live/join', { joinCode, displayName });
  if (status !== 200) throw new Error(`join: ${status} ${JSON.stringify(body)}`);
  return body;
}
