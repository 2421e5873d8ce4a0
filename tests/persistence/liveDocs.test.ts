import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';

import {
  forgetLiveCanvas,
  isLiveCanvas,
  pruneLiveCanvases,
  readInstructorClasses,
  readLiveDocState,
  readLiveSession,
  saveInstructorClass,
  saveLiveDocState,
  saveLiveSession,
  type LiveSession,
} from '@/persistence/liveDocs';

const session: LiveSession = {
  canvasId: 'canvas_1',
  classId: 'c1',
  memberId: 'm1',
  token: 't',
  documentName: 'class/c1/canvas/k1',
  teamCode: 'T1',
  displayName: 'Ana',
  classTitle: 'Marketing',
};

describe('live documents in the browser', () => {
  it('keeps a session and the Y.Doc state, byte for byte, until the class is left', () => {
    saveLiveSession(session);
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'á'.repeat(50_000)); // bigger than one base64 chunk
    const state = Y.encodeStateAsUpdate(doc);
    saveLiveDocState('canvas_1', state);

    expect(readLiveSession('canvas_1')).toEqual(session);
    expect(readLiveDocState('canvas_1')).toEqual(state);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, readLiveDocState('canvas_1') ?? new Uint8Array());
    expect(copy.getText('t').toString()).toBe('á'.repeat(50_000));

    forgetLiveCanvas('canvas_1');
    expect(isLiveCanvas('canvas_1')).toBe(false);
    expect(readLiveDocState('canvas_1')).toBeNull();
  });

  it('treats damaged or foreign records as absent instead of failing', () => {
    localStorage.setItem('vinculo:live:session:canvas_1', '{not json');
    localStorage.setItem('vinculo:live:doc:canvas_1', '%%%');
    localStorage.setItem('vinculo:live:classes', '[{"classId":1}, null]');
    expect(readLiveSession('canvas_1')).toBeNull();
    expect(readLiveDocState('canvas_1')).toBeNull();
    expect(readInstructorClasses()).toEqual([]);
    // A record stored under another canvas's key does not bind this canvas.
    localStorage.setItem('vinculo:live:session:canvas_2', JSON.stringify(session));
    expect(readLiveSession('canvas_2')).toBeNull();
  });

  it('forgets the live records of canvases no longer in the library', () => {
    saveLiveSession(session);
    saveLiveSession({ ...session, canvasId: 'canvas_2' });
    saveLiveDocState('canvas_2', new Uint8Array([1, 2]));
    pruneLiveCanvases(new Set(['canvas_1']));
    expect(isLiveCanvas('canvas_1')).toBe(true);
    expect(isLiveCanvas('canvas_2')).toBe(false);
    expect(readLiveDocState('canvas_2')).toBeNull();
  });

  it('lists the instructor’s classes newest first, each once', () => {
    const entry = { classId: 'a', joinCode: 'J', instructorToken: 'T', title: 'A', createdAt: '1' };
    saveInstructorClass(entry);
    saveInstructorClass({ ...entry, classId: 'b', title: 'B' });
    saveInstructorClass({ ...entry, title: 'A again' });
    expect(readInstructorClasses().map((c) => c.title)).toEqual(['A again', 'B']);
  });
});
