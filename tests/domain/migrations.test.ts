import fc from 'fast-check';

import {
  CANVAS_MIGRATIONS,
  CANVAS_VERSIONS,
  CURRENT_CANVAS_VERSION,
  assertMigrationChainComplete,
  migrateCanvasData,
  type CanvasMigrationStep,
} from '@/domain/migrations';

// Test-only history: v1 had `title` and a comma-separated `tags` string; v2 renamed `title` to
// `name`; v3 split `tags` into an array. The real list has no steps yet (v1 is the first version).
const TEST_VERSIONS = { Initial: 1, RenameTitle: 2, SplitTags: 3 } as const;

function asRecord(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new TypeError('expected an object');
  }
  return { ...data };
}

const renameTitle: CanvasMigrationStep = {
  version: TEST_VERSIONS.RenameTitle,
  name: 'RenameTitle',
  up: (data) => {
    const { title, ...rest } = asRecord(data);
    if (typeof title !== 'string') throw new TypeError('title must be a string');
    return { ...rest, name: title };
  },
};

const splitTags: CanvasMigrationStep = {
  version: TEST_VERSIONS.SplitTags,
  name: 'SplitTags',
  up: (data) => {
    const record = asRecord(data);
    // Reads `name`, so it only works after RenameTitle: this is what proves the order.
    if (typeof record.name !== 'string') throw new TypeError('name must be a string');
    const tags = typeof record.tags === 'string' ? record.tags.split(',').filter(Boolean) : [];
    return { ...record, tags };
  },
};

const TEST_STEPS = [renameTitle, splitTags];
const ignore = () => {};
const TEST_CURRENT = TEST_VERSIONS.SplitTags;

describe('CANVAS_MIGRATIONS', () => {
  it('should have a step for every version after Initial up to the current one', () => {
    expect(() =>
      assertMigrationChainComplete(CANVAS_MIGRATIONS, CURRENT_CANVAS_VERSION),
    ).not.toThrow();
  });

  it('should name each step after its entry in CANVAS_VERSIONS', () => {
    const versionsByName = new Map<string, number>(Object.entries(CANVAS_VERSIONS));
    for (const step of CANVAS_MIGRATIONS) expect(versionsByName.get(step.name)).toBe(step.version);
    expect(Math.max(...versionsByName.values())).toBe(CURRENT_CANVAS_VERSION);
  });
});

describe('RenameTitle (test step)', () => {
  it('should move title to name and keep the other fields', () => {
    expect(renameTitle.up({ title: 'Café ☕', tags: 'a,b' }, ignore)).toEqual({
      name: 'Café ☕',
      tags: 'a,b',
    });
  });
});

describe('SplitTags (test step)', () => {
  it('should split the tags string into an array', () => {
    expect(splitTags.up({ name: 'x', tags: 'a,b,' }, ignore)).toEqual({
      name: 'x',
      tags: ['a', 'b'],
    });
  });
});

describe('migrateCanvasData', () => {
  const v1 = { title: 'Mi lienzo', tags: 'b2b,pyme' };

  it('should return data of the current version as it is, without migratedFrom', () => {
    const result = migrateCanvasData(v1, TEST_CURRENT, TEST_STEPS, TEST_CURRENT);
    expect(result).toEqual({ ok: true, data: v1 });
    expect(result).not.toHaveProperty('migratedFrom');
  });

  it('should run every step above the start version in version order', () => {
    expect(migrateCanvasData(v1, 1, TEST_STEPS, TEST_CURRENT)).toEqual({
      ok: true,
      data: { name: 'Mi lienzo', tags: ['b2b', 'pyme'] },
      migratedFrom: 1,
    });
    // Listing order does not matter: versions do.
    expect(migrateCanvasData(v1, 1, [splitTags, renameTitle], TEST_CURRENT)).toEqual(
      migrateCanvasData(v1, 1, TEST_STEPS, TEST_CURRENT),
    );
  });

  it('should skip the steps at or below the start version', () => {
    const up = vi.fn(renameTitle.up);
    const result = migrateCanvasData(
      { name: 'n', tags: 'x' },
      2,
      [{ ...renameTitle, up }, splitTags],
      3,
    );
    expect(result).toEqual({ ok: true, data: { name: 'n', tags: ['x'] }, migratedFrom: 2 });
    expect(up).not.toHaveBeenCalled();
  });

  it('should refuse a version newer than the current one without running any step', () => {
    const up = vi.fn(renameTitle.up);
    for (const version of [TEST_CURRENT + 1, 999]) {
      expect(migrateCanvasData(v1, version, [{ ...renameTitle, up }], 2)).toEqual({
        ok: false,
        code: 'newer_version',
      });
    }
    expect(migrateCanvasData(v1, CURRENT_CANVAS_VERSION + 1)).toEqual({
      ok: false,
      code: 'newer_version',
    });
    expect(up).not.toHaveBeenCalled();
  });

  it('should refuse versions that are not positive integers', () => {
    for (const version of [0, -1, 1.5, Number.NaN, Infinity, 2 ** 53, '1', null, undefined, {}]) {
      expect(migrateCanvasData(v1, version, TEST_STEPS, TEST_CURRENT)).toEqual({
        ok: false,
        code: 'invalid_version',
      });
    }
  });

  it('should report a missing step before running any step', () => {
    const up = vi.fn(renameTitle.up);
    expect(migrateCanvasData(v1, 1, [{ ...renameTitle, up }], TEST_CURRENT)).toEqual({
      ok: false,
      code: 'missing_step',
    });
    expect(up).not.toHaveBeenCalled();
  });

  it('should catch a throwing step and name it', () => {
    const noTitle = { tags: 'a' };
    expect(migrateCanvasData(noTitle, 1, TEST_STEPS, TEST_CURRENT)).toEqual({
      ok: false,
      code: 'migration_failed',
      stepName: 'RenameTitle',
    });
    const explode: CanvasMigrationStep = {
      ...splitTags,
      up: () => {
        throw new Error('boom');
      },
    };
    expect(migrateCanvasData(v1, 1, [renameTitle, explode], TEST_CURRENT)).toEqual({
      ok: false,
      code: 'migration_failed',
      stepName: 'SplitTags',
    });
  });

  it('should fail cleanly on data that cannot be copied', () => {
    expect(migrateCanvasData({ title: 't', fn: () => 1 }, 1, TEST_STEPS, TEST_CURRENT)).toEqual({
      ok: false,
      code: 'migration_failed',
    });
  });

  it('should never mutate its input, even when a step edits its argument in place', () => {
    const careless: CanvasMigrationStep = {
      version: 2,
      name: 'Careless',
      up: (data) => {
        const record = data as { nested: { list: number[] } };
        record.nested.list.push(4);
        return record;
      },
    };
    const input = { nested: { list: [1, 2, 3] } };
    const result = migrateCanvasData(input, 1, [careless], 2);
    expect(result).toEqual({ ok: true, data: { nested: { list: [1, 2, 3, 4] } }, migratedFrom: 1 });
    expect(input).toEqual({ nested: { list: [1, 2, 3] } });
  });

  it('should never throw nor mutate, whatever the data and start version', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: -2, max: 5 }), (data, version) => {
        const before = structuredClone(data);
        const result = migrateCanvasData(data, version, TEST_STEPS, TEST_CURRENT);
        expect(data).toEqual(before);
        if (!result.ok) {
          expect(['invalid_version', 'newer_version', 'migration_failed']).toContain(result.code);
        }
      }),
    );
  });
});

describe('assertMigrationChainComplete', () => {
  it('should accept a complete chain and the empty chain of version 1', () => {
    expect(() => assertMigrationChainComplete(TEST_STEPS, TEST_CURRENT)).not.toThrow();
    expect(() => assertMigrationChainComplete([], 1)).not.toThrow();
  });

  it('should reject a version bump without a step', () => {
    expect(() => assertMigrationChainComplete([renameTitle], 3)).toThrow(
      /no step produces version 3/,
    );
    expect(() => assertMigrationChainComplete([], 2)).toThrow(/no step produces version 2/);
  });

  it('should reject duplicated versions or names, wrong order and steps past the current version', () => {
    expect(() => assertMigrationChainComplete([renameTitle, renameTitle], 2)).toThrow(
      /2 steps produce version 2[\s\S]*used by more than one step/,
    );
    expect(() => assertMigrationChainComplete([splitTags, renameTitle], 3)).toThrow(
      /version order/,
    );
    expect(() => assertMigrationChainComplete(TEST_STEPS, 2)).toThrow(/outside 2\.\.2/);
    expect(() => assertMigrationChainComplete([{ ...renameTitle, name: ' ' }], 2)).toThrow(
      /empty name/,
    );
  });
});
