import { describe, expect, it } from 'vitest';

import { createEmptyCanvas } from '@/domain';
import { liveEntries, liveProblemKey } from '@/features/dashboard/liveEntries';
import type { LiveClassCanvas } from '@/features/live';

import { studentCanvas } from './classCanvases';

const connected = { connection: 'connected', saved: true } as const;
const ana = studentCanvas('Café', [{ name: 'Commuters', revenue: 30 }]);

const noHandins: LiveClassCanvas['handins'] = [];

const live = (patch: Partial<LiveClassCanvas> = {}): LiveClassCanvas => ({
  documentName: 'class/c1/canvas/k1',
  names: ['Ana'],
  canvas: ana,
  status: connected,
  problem: null,
  handins: noHandins,
  ...patch,
});

describe('liveEntries', () => {
  it('names a card after its student, or its team, and says whether its canvas arrived', () => {
    const [arrived, waiting] = liveEntries(
      [
        live({ names: [' Ana ', 'Luis'] }),
        live({ documentName: 'class/c1/canvas/k2', names: ['Bea'], canvas: null }),
      ],
      [],
    );
    expect(arrived).toMatchObject({
      id: 'live:class/c1/canvas/k1',
      name: 'Ana, Luis',
      canvas: ana,
      live: { connection: 'connected', problem: null, hasCanvas: true },
    });
    expect(waiting?.live?.hasCanvas).toBe(false);
    expect(waiting?.canvas.segments).toEqual([]);
  });

  it('keeps an unchanged entry itself, so its card is not evaluated again', () => {
    const first = liveEntries([live(), live({ documentName: 'class/c1/canvas/k2' })], []);
    const edited = { ...ana, name: 'Café 2' };
    const next = liveEntries(
      [live(), live({ documentName: 'class/c1/canvas/k2', canvas: edited })],
      first,
    );
    expect(next[0]).toBe(first[0]);
    expect(next[1]).not.toBe(first[1]);
    expect(next[1]?.canvas).toBe(edited);
  });

  it('makes a new entry when the connection or its problem changes', () => {
    const [before] = liveEntries([live()], []);
    const problem = { kind: 'error', code: 'unreachable' } as const;
    const [after] = liveEntries(
      [live({ status: { connection: 'offline', saved: false }, problem })],
      before ? [before] : [],
    );
    expect(after).not.toBe(before);
    expect(after?.live).toEqual({
      connection: 'offline',
      problem,
      hasCanvas: true,
      openComments: 0,
    });
  });

  it('makes a new entry when its open comments change, so the card shows the count', () => {
    const [before] = liveEntries([live()], []);
    const [after] = liveEntries([live({ openComments: 2 })], before ? [before] : []);
    expect(after).not.toBe(before);
    expect(after?.live?.openComments).toBe(2);
    expect(liveEntries([live({ openComments: 2 })], after ? [after] : [])[0]).toBe(after);
  });

  it('makes a new entry carrying the hand-ins when a hand-in arrives', () => {
    const [before] = liveEntries([live()], []);
    const handins = [
      { id: 'h1', name: 'Draft', by: 'Ana', at: '2026-12-03T10:00:00Z', canvas: ana },
    ];
    const [after] = liveEntries([live({ handins })], before ? [before] : []);
    expect(after).not.toBe(before);
    expect(after?.handins).toBe(handins);
  });

  it('never shows a file’s canvas as a live one', () => {
    const file = { id: 'live:class/c1/canvas/k1', name: 'Ana', canvas: createEmptyCanvas() };
    expect(liveEntries([live()], [file])[0]).not.toBe(file);
  });
});

describe('liveProblemKey', () => {
  it('names a refusal and every server code with its own sentence', () => {
    expect(liveProblemKey({ kind: 'refused', reason: 'rate' })).toBe('refused');
    expect(liveProblemKey({ kind: 'error', code: 'expired' })).toBe('expired');
  });
});
