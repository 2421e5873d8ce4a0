import fc from 'fast-check';

import {
  MAX_FILE_CHARS,
  parseCanvasFile,
  serializeCanvasFile,
  type ParseCanvasFileResult,
} from '@/domain/file';
import { CURRENT_CANVAS_VERSION, type CanvasMigrationStep } from '@/domain/migrations';
import { MAX_JSON_DEPTH, exceedsJsonDepth, parseJsonSafely } from '@/domain/safeJson';
import { LIMITS, type Canvas } from '@/domain/schema';

import fixtureText from '../fixtures/canvas-v1.vinculo.json?raw';

import { canvasArb } from './arbitraries';

const fixtureCanvas = parseFixtureCanvas();
const fixtureSegment = present(fixtureCanvas.segments[0]);

function parseFixtureCanvas(): Canvas {
  const result = parseCanvasFile(fixtureText);
  if (!result.ok) throw new Error(`the v1 fixture no longer parses: ${JSON.stringify(result)}`);
  return result.canvas;
}

function present<T>(item: T | undefined): T {
  if (item === undefined) throw new Error('the v1 fixture lost an item the tests build on');
  return item;
}

// Texts that break exporters, plus any code points (lone surrogates too) and texts at the limit.
// The shared canvasArb covers every field with short texts; these cover the characters.
const TRICKY_TEXTS = [
  '👩🏽‍💻 👨‍👩‍👧‍👦 🇪🇸',
  'مرحبا بالعالم',
  'שלום',
  '中文・日本語・한국어',
  'a\nb\r\nc\td',
  '"\'\\/`',
  '\ud800\udc00\udfff',
];

function textArb(maxLength: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ unit: 'binary', maxLength }),
      fc.string({ unit: 'grapheme', maxLength }),
      fc.constantFrom(...TRICKY_TEXTS),
      fc.constant('ñ'.repeat(maxLength)),
    )
    .filter((text) => text.length <= maxLength);
}

function fileText(fields: Record<string, unknown>): string {
  return JSON.stringify({
    format: 'vinculo-canvas',
    version: 1,
    savedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  });
}

function refusal(path: (string | number)[], code: string): ParseCanvasFileResult {
  return { ok: false, problems: [{ path, code }] };
}

/** Every own key of Object.prototype, with its value, to prove nothing was added or replaced. */
function objectPrototypeSnapshot(): [string | symbol, unknown][] {
  return Reflect.ownKeys(Object.prototype).map((key) => [key, Reflect.get(Object.prototype, key)]);
}

/** True when every object inside `value` has Object.prototype (or Array.prototype) as prototype. */
function hasOnlyPlainPrototypes(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const expected = Array.isArray(value) ? Array.prototype : Object.prototype;
  return (
    Object.getPrototypeOf(value) === expected && Object.values(value).every(hasOnlyPlainPrototypes)
  );
}

/** JSON text of `value` with `key` added, first, to every object at every depth. */
function jsonWithKeyEverywhere(value: unknown, key: string): string {
  if (Array.isArray(value))
    return `[${value.map((item) => jsonWithKeyEverywhere(item, key)).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value).map(
    ([name, item]) => `${JSON.stringify(name)}:${jsonWithKeyEverywhere(item, key)}`,
  );
  return `{${[`${JSON.stringify(key)}:{"polluted":true}`, ...entries].join(',')}}`;
}

describe('exceedsJsonDepth', () => {
  it('should count nested arrays and objects up to the limit', () => {
    expect(exceedsJsonDepth('[{"a":[1]}]', 3)).toBe(false);
    expect(exceedsJsonDepth('[{"a":[1]}]', 2)).toBe(true);
    expect(exceedsJsonDepth('[][][]', 1)).toBe(false);
  });

  it('should ignore brackets inside strings, including after escaped quotes and backslashes', () => {
    expect(exceedsJsonDepth('["[[[[{{{{"]', 1)).toBe(false);
    expect(exceedsJsonDepth('["\\"[[[["]', 1)).toBe(false);
    // The escaped backslash must not hide the closing quote, or the real nesting would be missed.
    expect(exceedsJsonDepth('["\\\\",[[1]]]', 2)).toBe(true);
  });
});

describe('parseJsonSafely', () => {
  it('should parse JSON, and refuse bad or too deep text without throwing', () => {
    expect(parseJsonSafely('{"a":[1,"x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
    expect(parseJsonSafely('{"a":')).toEqual({ ok: false, code: 'not_json' });
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    expect(parseJsonSafely(deep)).toEqual({ ok: false, code: 'too_deep' });
    expect(parseJsonSafely(deep.slice(1, -1))).toEqual({ ok: true, value: expect.any(Array) });
  });
});

describe('serializeCanvasFile', () => {
  it('should write the v1 envelope around the canvas', () => {
    const text = serializeCanvasFile(fixtureCanvas, {
      savedAt: new Date('2026-11-23T10:00:00.000Z'),
    });
    expect(JSON.parse(text)).toEqual({
      format: 'vinculo-canvas',
      version: CURRENT_CANVAS_VERSION,
      savedAt: '2026-11-23T10:00:00.000Z',
      canvas: fixtureCanvas,
    });
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'savedAt', 'canvas']);
  });

  it('should stamp the current time by default', () => {
    vi.useFakeTimers({ now: new Date('2027-02-03T04:05:06.789Z') });
    try {
      expect(JSON.parse(serializeCanvasFile(fixtureCanvas)).savedAt).toBe(
        '2027-02-03T04:05:06.789Z',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('should write well-formed text even for lone surrogates, so UTF-8 keeps every character', () => {
    const canvas: Canvas = {
      ...fixtureCanvas,
      keyPartners: [{ id: 'kp_lone', text: 'lone \ud800 high, lone \udc00 low, pair 😀' }],
    };
    const text = serializeCanvasFile(canvas);
    expect(text).not.toMatch(/[\ud800-\udfff]/u);
    const downloadedAndReopened = new TextDecoder().decode(new TextEncoder().encode(text));
    expect(parseCanvasFile(downloadedAndReopened)).toEqual({ ok: true, canvas });
  });
});

describe('parseCanvasFile', () => {
  describe('the v1 fixture kept forever', () => {
    it('should parse with the current code and keep every text exactly', () => {
      // a first-edition file: migrated to the second edition with every value as it was
      expect(parseCanvasFile(fixtureText)).toEqual({
        ok: true,
        canvas: JSON.parse(fixtureText).canvas,
        migratedFrom: 1,
      });
      expect(fixtureCanvas.segments[0]?.name).toBe('Vecinos del barrio 👨‍👩‍👧‍👦');
      expect(fixtureCanvas.segments[0]?.archetype.whoTheyAre).toContain('عائلات الحي');
      expect(fixtureCanvas.keyActivities[0]?.text).toBe(
        'Hornear de 4:00 a 8:00\r\nLimpiar el obrador',
      );
      expect(fixtureCanvas.description).toContain('"comillas"');
    });

    it('should accept the file with a leading byte order mark', () => {
      expect(parseCanvasFile(`\uFEFF${fixtureText}`)).toEqual({
        ok: true,
        canvas: fixtureCanvas,
        migratedFrom: 1,
      });
    });

    it('should survive export and import unchanged', () => {
      expect(parseCanvasFile(serializeCanvasFile(fixtureCanvas))).toEqual({
        ok: true,
        canvas: fixtureCanvas,
      });
    });
  });

  it('should round-trip any valid canvas losslessly', () => {
    fc.assert(
      fc.property(canvasArb, (canvas) => {
        expect(parseCanvasFile(serializeCanvasFile(canvas))).toEqual({ ok: true, canvas });
      }),
    );
  });

  it('should round-trip any text, through UTF-8 bytes as a download does', () => {
    const textsArb = fc.array(textArb(LIMITS.longTextLength), { maxLength: 3 });
    fc.assert(
      fc.property(textArb(LIMITS.nameLength), textsArb, (name, texts) => {
        const keyPartners = texts.map((text, i) => ({ id: `kp_${i}`, text }));
        const canvas: Canvas = { ...fixtureCanvas, name, keyPartners };
        const bytes = new TextEncoder().encode(serializeCanvasFile(canvas));
        expect(parseCanvasFile(new TextDecoder().decode(bytes))).toEqual({ ok: true, canvas });
      }),
    );
  }, 60_000);

  describe('size and nesting', () => {
    it('should refuse text longer than MAX_FILE_CHARS before parsing it', () => {
      const sixMegabytes = `"${'a'.repeat(6_000_000)}"`;
      expect(parseCanvasFile(sixMegabytes)).toEqual(refusal([], 'too_large'));
      expect(parseCanvasFile(' '.repeat(MAX_FILE_CHARS + 1))).toEqual(refusal([], 'too_large'));
    });

    it('should accept a valid file of exactly MAX_FILE_CHARS characters', () => {
      const padded = fixtureText.padEnd(MAX_FILE_CHARS, ' ');
      expect(padded).toHaveLength(MAX_FILE_CHARS);
      expect(parseCanvasFile(padded)).toEqual({ ok: true, canvas: fixtureCanvas, migratedFrom: 1 });
    });

    it('should refuse 10,000 levels of nesting, anywhere in the file', () => {
      const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
      expect(parseCanvasFile(deep)).toEqual(refusal([], 'too_deep'));
      const deepObjects = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
      expect(
        parseCanvasFile(
          fileText({ canvas: JSON.parse('{}'), extra: 0 }).replace('{}', deepObjects),
        ),
      ).toEqual(refusal([], 'too_deep'));
    });

    it('should not count brackets inside texts as nesting', () => {
      const canvas: Canvas = {
        ...fixtureCanvas,
        keyResources: [{ id: 'kr_brackets', text: `${'[{'.repeat(500)} "\\ ${'}]'.repeat(10)}` }],
      };
      expect(parseCanvasFile(serializeCanvasFile(canvas))).toEqual({ ok: true, canvas });
    });
  });

  describe('files that are not ours', () => {
    it('should answer not_json for text that is not JSON', () => {
      const pngRenamed = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR';
      const utf16ReadAsUtf8 = new TextDecoder().decode(
        new Uint8Array([0xff, 0xfe, ...[...'{"a":1}'].flatMap((char) => [char.charCodeAt(0), 0])]),
      );
      for (const text of ['', '   ', '{"format":', pngRenamed, utf16ReadAsUtf8, "{'a':1}", 'NaN']) {
        expect(parseCanvasFile(text)).toEqual(refusal([], 'not_json'));
      }
    });

    it('should answer not_canvas_file for JSON of another kind', () => {
      const excalidraw = {
        type: 'excalidraw',
        version: 2,
        source: 'https://excalidraw.com',
        elements: [],
      };
      const others = [{}, [], null, 42, 'x', true, excalidraw, [JSON.parse(fixtureText)]];
      const wrongFormats = ['bmc-canvas', 'Vinculo-Canvas', 'vinculo-canvas ', 1, null];
      for (const value of others) {
        expect(parseCanvasFile(JSON.stringify(value))).toEqual(refusal([], 'not_canvas_file'));
      }
      for (const format of wrongFormats) {
        expect(parseCanvasFile(fileText({ format, canvas: fixtureCanvas }))).toEqual(
          refusal([], 'not_canvas_file'),
        );
      }
    });
  });

  describe('versions', () => {
    it('should say newer_version, not damaged, for a file from a newer version', () => {
      for (const version of [CURRENT_CANVAS_VERSION + 1, 999]) {
        expect(parseCanvasFile(fileText({ version, canvas: fixtureCanvas }))).toEqual(
          refusal(['version'], 'newer_version'),
        );
        // Even when its canvas makes no sense to this version.
        expect(parseCanvasFile(fileText({ version, canvas: { shapes: 'new' } }))).toEqual(
          refusal(['version'], 'newer_version'),
        );
      }
    });

    it('should answer invalid_version for a missing, zero, negative or non-integer version', () => {
      for (const version of [0, -1, 1.5, '1', null, [1], undefined]) {
        expect(parseCanvasFile(fileText({ version, canvas: fixtureCanvas }))).toEqual(
          refusal(['version'], 'invalid_version'),
        );
      }
    });

    describe('with a future v2 (test-only migration chain)', () => {
      // Test-only v2 steps that rewrite the canvas name: enough to see a step run inside an import.
      const withName = (data: unknown, rename: (old: unknown) => unknown): unknown => {
        if (typeof data !== 'object' || data === null) throw new TypeError('expected an object');
        return { ...data, name: rename(Reflect.get(data, 'name')) };
      };
      const addSuffix: CanvasMigrationStep = {
        version: 2,
        name: 'AddSuffix',
        up: (data) => withName(data, (old) => `${String(old)} (v2)`),
      };
      const throwing: CanvasMigrationStep = {
        ...addSuffix,
        up: () => {
          throw new Error('cannot upgrade');
        },
      };

      it('should migrate a v1 file and report migratedFrom', () => {
        expect(
          parseCanvasFile(fixtureText, { migrations: [addSuffix], currentVersion: 2 }),
        ).toEqual({
          ok: true,
          canvas: { ...fixtureCanvas, name: `${fixtureCanvas.name} (v2)` },
          migratedFrom: 1,
        });
      });

      it('should answer migration_failed when a step throws or is missing', () => {
        expect(parseCanvasFile(fixtureText, { migrations: [throwing], currentVersion: 2 })).toEqual(
          refusal(['canvas'], 'migration_failed'),
        );
        expect(parseCanvasFile(fixtureText, { migrations: [], currentVersion: 2 })).toEqual(
          refusal(['canvas'], 'migration_failed'),
        );
      });

      it('should validate what the migration produced', () => {
        const breaking: CanvasMigrationStep = {
          ...addSuffix,
          up: (data) => withName(data, () => 7),
        };
        expect(parseCanvasFile(fixtureText, { migrations: [breaking], currentVersion: 2 })).toEqual(
          refusal(['canvas', 'name'], 'invalid_type'),
        );
      });
    });
  });

  describe('schema problems', () => {
    it('should report each problem with its path from the root of the file', () => {
      const broken = {
        ...fixtureCanvas,
        currency: 'euros',
        segments: [{ ...fixtureSegment, name: 42 }],
        keyPartners: [{ id: 'kp_molino', text: 'x'.repeat(5000) }],
        extra: true,
      };
      const result = parseCanvasFile(fileText({ canvas: broken }));
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.problems).toEqual(
        expect.arrayContaining([
          { path: ['canvas', 'currency'], code: 'unknown_currency' },
          { path: ['canvas', 'segments', 0, 'name'], code: 'invalid_type' },
          { path: ['canvas', 'keyPartners', 0, 'text'], code: 'too_big' },
          { path: ['canvas', 'extra'], code: 'unrecognized_keys' },
        ]),
      );
    });

    it('should report a missing canvas at the path canvas', () => {
      expect(parseCanvasFile(fileText({}))).toEqual(refusal(['canvas'], 'invalid_type'));
    });
  });

  describe('hostile input', () => {
    it.each(['__proto__', 'constructor', 'prototype', 'toString'])(
      'should refuse %s keys at every level and leave every prototype alone',
      (key) => {
        const before = objectPrototypeSnapshot();
        const text = `{"format":"vinculo-canvas","version":1,"canvas":${jsonWithKeyEverywhere(fixtureCanvas, key)}}`;
        const result = parseCanvasFile(text);
        expect(result.ok).toBe(false);
        const problems = result.ok ? [] : result.problems;
        expect(problems.length).toBeGreaterThan(10);
        for (const problem of problems) {
          expect(problem).toEqual({
            path: [...problem.path.slice(0, -1), key],
            code: 'unrecognized_keys',
          });
        }
        expect(objectPrototypeSnapshot()).toEqual(before);
        expect(Reflect.get({}, 'polluted')).toBeUndefined();
      },
    );

    it('should ignore a __proto__ key in the envelope and return a plain canvas', () => {
      const text = fixtureText.replace('{', '{"__proto__":{"polluted":true,"format":"other"},');
      const result = parseCanvasFile(text);
      expect(result).toEqual({ ok: true, canvas: fixtureCanvas, migratedFrom: 1 });
      expect(result.ok && hasOnlyPlainPrototypes(result.canvas)).toBe(true);
      expect(Reflect.get({}, 'polluted')).toBeUndefined();
    });

    it('should never throw nor pollute, whatever the text', () => {
      const before = objectPrototypeSnapshot();
      const anyText = fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'grapheme' }),
        fc.jsonValue().map((value) => JSON.stringify(value)),
      );
      fc.assert(
        fc.property(anyText, (text) => {
          const result = parseCanvasFile(text);
          expect(result.ok).toBe(false);
        }),
      );
      expect(objectPrototypeSnapshot()).toEqual(before);
    });

    it('should never throw on a v1 envelope around any JSON, or a canvas with any field replaced', () => {
      const before = objectPrototypeSnapshot();
      const keys = Object.keys(fixtureCanvas);
      const damagedCanvas = fc
        .record({ key: fc.constantFrom(...keys, '__proto__'), value: fc.jsonValue() })
        .map(({ key, value }) => JSON.parse(JSON.stringify({ ...fixtureCanvas, [key]: value })));
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), damagedCanvas), (canvas) => {
          const result = parseCanvasFile(fileText({ canvas }));
          if (result.ok) return;
          expect(result.problems.length).toBeGreaterThan(0);
          for (const { path } of result.problems) expect(path[0]).toBe('canvas');
        }),
      );
      expect(objectPrototypeSnapshot()).toEqual(before);
    });
  });
});
