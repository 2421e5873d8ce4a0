/**
 * Live classes on loopback (issue 15): the real server process, real Hocuspocus providers.
 * Students each edit their canvas once a second; the instructor watches their canvases; the
 * latency is from a student's edit to the instructor's copy showing it (both in this process,
 * so one clock). The server's CPU and memory are read from /proc (Linux).
 */
import { readFileSync } from 'node:fs';

import type * as Y from 'yjs';

import { CANVAS_KEY } from '@/collab';
import { getExampleCanvases } from '@/domain/examples';

import { buildServer } from '../server/build.mjs';
import { connectClient, type LiveClient } from '../tests/server/support/liveClient';
import {
  createClass,
  joinClass,
  type LiveServer,
  startLiveServer,
} from '../tests/server/support/liveServer';
import type { DashboardLiveResult } from './dashboardLive';
import { type Summary, summarize } from './stats';

export type LiveScenario = {
  students: number;
  watched: number;
  connections: number;
  seconds: number;
  edits: number;
  /** edits the instructor never saw (should be 0) */
  lost: number;
  latency: Summary;
  /** server CPU time over wall time, in % of one core */
  serverCpuPercent: number;
  serverRssMb: number;
};

export type LiveResult = {
  scenarios: LiveScenario[];
  /** the instructor's class dashboard with 40 students editing (bench/dashboardLive.ts) */
  dashboard?: DashboardLiveResult;
};

const CLK_TCK = 100;

function processStats(pid: number): { cpuSeconds: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat (11 and 12 after the command name)
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpuSeconds, rssMb: Number(rss ?? Number.NaN) / 1024 };
}

async function scenario(
  server: LiveServer,
  students: number,
  watched: number,
  seconds: number,
): Promise<LiveScenario> {
  const klass = await createClass(server, `Bench ${students}`);
  const base = getExampleCanvases('es')[0]!;
  const clients: LiveClient[] = [];
  const pairs: { student: LiveClient; instructor?: LiveClient }[] = [];
  for (let i = 0; i < students; i++) {
    const joined = await joinClass(server, klass.joinCode, `Estudiante ${i + 1}`);
    const student = connectClient(server.wsUrl, joined.documentName, joined.token, {
      canvas: base,
    });
    clients.push(student);
    await student.synced;
    const instructor =
      i < watched
        ? connectClient(server.wsUrl, joined.documentName, klass.instructorToken)
        : undefined;
    if (instructor) {
      clients.push(instructor);
      await instructor.until((c) => c.id === base.id, 'the instructor to load a canvas');
    }
    pairs.push({ student, instructor });
  }

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  for (const { instructor } of pairs) {
    if (!instructor) continue;
    const name = instructor.doc.getMap(CANVAS_KEY).get('name') as Y.Text;
    instructor.doc.on('update', () => {
      const sent = sentAt.get(name.toString());
      if (sent === undefined) return;
      latencies.push(performance.now() - sent);
      sentAt.delete(name.toString());
    });
  }

  const before = processStats(server.process.pid!);
  const startedAt = performance.now();
  let edits = 0;
  const timers = pairs.map(({ student, instructor }, i) => {
    let n = 0;
    // The edit writeCanvas makes when the canvas name is retyped, without diffing the whole
    // canvas each time: this process plays 200 clients, its own speed is not what is measured.
    const name = student.doc.getMap(CANVAS_KEY).get('name') as Y.Text;
    const edit = () => {
      const next = `s${i}-e${n++}`;
      if (instructor) sentAt.set(next, performance.now());
      student.doc.transact(() => {
        name.delete(0, name.length);
        name.insert(0, next);
      }, 'bench');
      edits++;
    };
    // Spread over the second, as a class types at its own pace.
    return setTimeout(
      () => {
        edit();
        timers[i] = setInterval(edit, 1000);
      },
      (1000 * i) / students,
    ) as NodeJS.Timeout;
  });
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  timers.forEach((t) => clearInterval(t));
  const wall = (performance.now() - startedAt) / 1000;
  const after = processStats(server.process.pid!);
  // Edits still in flight get a moment to land before they count as lost.
  await Promise.all(pairs.map(({ student }) => student.acknowledged()));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const lost = sentAt.size;
  clients.forEach((c) => c.close());
  return {
    students,
    watched,
    connections: students + watched,
    seconds,
    edits,
    lost,
    latency: summarize(latencies),
    serverCpuPercent: ((after.cpuSeconds - before.cpuSeconds) / wall) * 100,
    serverRssMb: after.rssMb,
  };
}

export async function benchLive(options: { seconds?: number } = {}): Promise<LiveResult> {
  await buildServer();
  // Default limits: the second scenario fills the class's 200 connections exactly.
  const server = await startLiveServer();
  try {
    const seconds = options.seconds ?? 60;
    return {
      scenarios: [
        // One instructor watching 40 students.
        await scenario(server, 40, 40, seconds),
        // The class limit: 200 connections, 180 students and the instructor on 20 of their canvases.
        await scenario(server, 180, 20, Math.max(10, seconds / 2)),
      ],
    };
  } finally {
    await server.stop();
  }
}
