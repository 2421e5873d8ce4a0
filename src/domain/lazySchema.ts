/**
 * A schema that is built the first time anything reads it (any property), and then
 * is that schema in every way that matters to callers: `schema.safeParse(…)`, `schema.shape.x`.
 * Building zod schemas costs start-up time whether or not anything is validated yet.
 */
/*@__NO_SIDE_EFFECTS__*/
export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined;
  const target = () => (schema ??= build());
  return new Proxy({} as T, {
    // zod's `instanceof` reads `_zod` too, so reads are all there is to forward.
    get: (_, key) => Reflect.get(target(), key),
  });
}
