import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';

import { lazySchema } from '@/domain/lazySchema';
import { canvasSchema, noteSchema, unwrapOptional, segmentSchema } from '@/domain/schema';

describe('lazySchema', () => {
  it('builds the schema once, at the first read, not when declared', () => {
    const build = vi.fn(() => z.strictObject({ text: z.string() }));
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema.safeParse({ text: 'a' }).success).toBe(true);
    expect(schema.safeParse({ text: 1 }).success).toBe(false);
    expect(schema.shape.text.safeParse('b').success).toBe(true);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('is the schema for instanceof and nesting in other schemas', () => {
    const inner = lazySchema(() => z.string().check(z.maxLength(2)));
    expect(inner).toBeInstanceOf(z.ZodMiniString);
    const outer = z.strictObject({ code: inner });
    expect(outer.safeParse({ code: 'ab' }).success).toBe(true);
    expect(outer.safeParse({ code: 'abc' }).success).toBe(false);
  });
});

describe("the domain's lazily built schemas", () => {
  it('keep their exported API', () => {
    expect(noteSchema.shape.text.safeParse('x'.repeat(4001)).success).toBe(false);
    expect(unwrapOptional(segmentSchema.shape.label).safeParse('ABCDE').success).toBe(false);
    expect(canvasSchema.safeParse({}).success).toBe(false);
  });
});
