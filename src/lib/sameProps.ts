/** Whether two lists hold the same items, by identity, in the same order. */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * `React.memo` comparison for rows of big lists: props are equal when identical, or when both
 * are arrays of the same items. Canvases are replaced, never mutated, so an unchanged segment
 * keeps its identity while the lists derived from a new canvas version are new arrays.
 */
export function sameProps<P extends object>(a: P, b: P): boolean {
  const keys = Object.keys(a) as (keyof P)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x = a[key];
    const y = b[key];
    return x === y || (Array.isArray(x) && Array.isArray(y) && sameItems(x, y));
  });
}
