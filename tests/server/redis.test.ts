import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getExampleCanvases } from '@/domain/examples';

import { freePort } from '../support/freePort';
import { connectClient, type LiveClient } from './support/liveClient';
import {
  createClass,
  joinClass,
  type LiveServer,
  startLiveServer,
  tempDataDir,
} from './support/liveServer';

/** Debian's redis-server on a free port, without persistence; resolves once it accepts connections. */
async function startRedis(): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.on('error', (error) =>
      reject(
        new Error(
          `redis-server could not start (apt-get install -y redis-server): ${error.message}`,
        ),
      ),
    );
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
  });
  return { url: `redis://127.0.0.1:${port}`, process: child };
}

let redis: Awaited<ReturnType<typeof startRedis>>;
const servers: LiveServer[] = [];
const clients: LiveClient[] = [];

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  clients.forEach((c) => c.close());
  await Promise.all(servers.map((s) => s.stop()));
  redis?.process.kill('SIGTERM');
});

describe('live server: several processes share a class through Redis', () => {
  it('should carry an edit made through one process to a client of the other', async () => {
    const dataDir = tempDataDir();
    const env = { REDIS_URL: redis.url };
    servers.push(await startLiveServer({ dataDir, env }), await startLiveServer({ dataDir, env }));
    const [one, two] = servers as [LiveServer, LiveServer];
    expect(one.url).not.toBe(two.url);
    const klass = await createClass(one);
    const ana = await joinClass(two, klass.joinCode, 'Ana');
    const student = connectClient(one.wsUrl, ana.documentName, ana.token, {
      canvas: getExampleCanvases('es')[0]!,
    });
    const instructor = connectClient(two.wsUrl, ana.documentName, klass.instructorToken);
    clients.push(student, instructor);
    await student.synced;
    await instructor.synced;
    student.edit((c) => void (c.name = 'Editado en el proceso uno'));
    await instructor.until(
      (c) => c.name === 'Editado en el proceso uno',
      'the edit to cross processes',
    );
  });
});
