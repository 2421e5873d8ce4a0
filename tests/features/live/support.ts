import { vi } from 'vitest';

/** Answers the live API's fetch calls in order, as the server would (JSON or the app's HTML). */
export function serverAnswers(
  ...answers: Array<{ status: number; body: unknown } | 'html' | 'down'>
) {
  const queue = [...answers];
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async () => {
    const next = queue.shift() ?? 'down';
    if (next === 'down') throw new TypeError('Failed to fetch');
    if (next === 'html')
      return new Response('<!doctype html><title>Vínculo</title>', {
        status: 200,
        headers: { 'content-type': 'text/html' },
      });
    return new Response(JSON.stringify(next.body), {
      status: next.status,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  });
}

export const membership = {
  classId: 'c1',
  memberId: 'm1',
  token: 'tok-student',
  documentName: 'class/c1/canvas/k1',
  teamCode: 'TEAM-CODE-0001',
  displayName: 'Ana',
  classTitle: 'Marketing 2',
};
