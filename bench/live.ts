/**
 * Live classes on loopback (issue 15): the real server process, real Hocuspocus providers.
 * Students each edit their canvas once a second; the instructor watches their canvases; the
 * latency is from a student's edit to the instructor's copy showing it (both in this process,
 * so one clock). The server's CPU and memory are read from /proc (Linux).
 */
import { readFileSync } from 'node:fs';

import type * as Y from 'yjs';

import { CANVAS_KEY } from '@/collab';

import { buildServer } from '../server/build.mjs';
import { connectClient, type LiveClient } from '../tests/server/support/liveClient';
import { createClass, type LiveServer, startLiveServer } from '../tests/server/support/liveServer';
import type { DashboardLiveResult } from './dashboardLive';
import { benchCanvas, editEverySecond, joinStudents } from './liveStudents';
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
  count: number,
  watched: number,
  seconds: number,
): Promise<LiveScenario> {
  const klass = await createClass(server, `Bench ${count}`);
  const base = benchCanvas();
  const joined = await joinStudents(server, klass.joinCode, count);
  const students = joined.map((s) => s.client);
  const instructors: LiveClient[] = [];
  for (const { documentName } of joined.slice(0, watched)) {
    const instructor = connectClient(server.wsUrl, documentName, klass.instructorToken);
    instructors.push(instructor);
    await instructor.until((c) => c.id === base.id, 'the instructor to load a canvas');
  }

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  for (const instructor of instructors) {
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
  const editing = editEverySecond(students, (i, n) => {
    const next = `s${i}-e${n}`;
    if (i < watched) sentAt.set(next, performance.now());
    return next;
  });
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  editing.stop();
  const wall = (performance.now() - startedAt) / 1000;
  const after = processStats(server.process.pid!);
  // Edits still in flight get a moment to land before they count as lost.
  await Promise.all(students.map((student) => student.acknowledged()));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const lost = sentAt.size;
  [...students, ...instructors].forEach((c) => c.close());
  return {
    students: count,
    watched,
    connections: count + watched,
    seconds,
    edits: editing.edits(),
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
