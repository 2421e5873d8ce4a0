/**
 * Students of a live class played by Node clients, shared by the live and dashboard benchmarks:
 * they join with the first example canvas, then each retypes their canvas's name once a second.
 */
import type * as Y from 'yjs';

import { CANVAS_KEY } from '@/collab';
import { type Canvas } from '@/domain';
import { getExampleCanvases } from '@/domain/examples';

import { connectClient, type LiveClient } from '../tests/server/support/liveClient';
import { joinClass, type LiveServer } from '../tests/server/support/liveServer';

export function benchCanvas(): Canvas {
  return getExampleCanvases('es')[0]!;
}

/** `count` students join the class, one after another, each synced before the next joins. */
export async function joinStudents(
  server: LiveServer,
  joinCode: string,
  count: number,
): Promise<{ client: LiveClient; documentName: string }[]> {
  const students: { client: LiveClient; documentName: string }[] = [];
  for (let i = 0; i < count; i++) {
    const joined = await joinClass(server, joinCode, `Estudiante ${i + 1}`);
    const client = connectClient(server.wsUrl, joined.documentName, joined.token, {
      canvas: benchCanvas(),
    });
    students.push({ client, documentName: joined.documentName });
    await client.synced;
  }
  return students;
}

/**
 * Each student retypes their canvas's name once a second, spread over the second as a class types
 * at its own pace. `nameOf` gives the student's n-th name. The edit is the one writeCanvas makes
 * when the name is retyped, without diffing the whole canvas: this process plays every client,
 * its own speed is not what is measured.
 */
export function editEverySecond(
  students: readonly LiveClient[],
  nameOf: (student: number, n: number) => string,
): { edits: () => number; stop: () => void } {
  let edits = 0;
  const timers = students.map((client, i) => {
    const name = client.doc.getMap(CANVAS_KEY).get('name') as Y.Text;
    let n = 0;
    const edit = () => {
      const next = nameOf(i, n++);
      client.doc.transact(() => {
        name.delete(0, name.length);
        name.insert(0, next);
      }, 'bench');
      edits++;
    };
    return setTimeout(
      () => {
        edit();
        timers[i] = setInterval(edit, 1000);
      },
      (1000 * i) / students.length,
    ) as NodeJS.Timeout;
  });
  return { edits: () => edits, stop: () => timers.forEach((t) => clearInterval(t)) };
}
