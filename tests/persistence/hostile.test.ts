import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { loadLibrary } from '@/persistence/loadLibrary';
import { loadStoredCanvas } from '@/persistence/loadCanvas';
import { canvasKey } from '@/persistence/storageKeys';

import { MemoryStorage } from './memoryStorage';
import { envelopeText, fixtureEnvelope, FIXTURE_ID, STORED_TEXT } from './support';

function assertNoPoisoning() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(Object.prototype.toString.call([])).toBe('[object Array]');
}

describe('hostile stored data (#32)', () => {
  it('#32 never throws or pollutes on any JSON inside an envelope, or any raw string', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (data, raw) => {
        expect(loadStoredCanvas(envelopeText(data), 'c1').status).not.toBe('ok');
        expect(loadStoredCanvas(raw, 'c1').status).not.toBe('ok');
        assertNoPoisoning();
      }),
      { numRuns: 300 },
    );
  });

  it('#32 keeps __proto__, constructor and toString keys from touching prototypes, and protects the canvas', () => {
    const { data } = fixtureEnvelope();
    const hostile = JSON.stringify({ ...data }).replace(
      '"segments":[{',
      '"segments":[{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"toString":"x",',
    );
    const raw = envelopeText(JSON.parse(hostile));
    expect(loadStoredCanvas(raw, FIXTURE_ID)).toMatchObject({ status: 'unknown_fields' });
    assertNoPoisoning();
  });

  it('#32 keeps a canvas stored under the key "__proto__" as a plain entry', async () => {
    const load = await loadLibrary(new MemoryStorage({ [canvasKey('__proto__')]: STORED_TEXT }));
    expect(Object.hasOwn(load.library.canvases, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(load.library.canvases)).toBe(Object.prototype);
    expect(load.library.order).toEqual(['__proto__']);
    assertNoPoisoning();
  });

  it('#32 refuses 10k levels of nesting quickly', () => {
    const started = performance.now();
    const deep = `{"format":"bmc-canvas","version":1,"data":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    expect(loadStoredCanvas(deep, 'c1')).toEqual({
      status: 'unreadable',
      reason: 'too_deep',
      name: null,
    });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
