import { memo, type ComponentType, type NamedExoticComponent } from 'react';

/** Renders of a wrapped component, by a key read from its props. */
export type RenderCounts = Map<string, number>;

type Memoised<P> = NamedExoticComponent<P> & {
  type: (props: P) => React.ReactNode;
  compare: ((a: P, b: P) => boolean) | null;
};

/**
 * The same memoised component, counting its renders by `keyOf(props)`: for `vi.mock` of a
 * module, so a test sees which rows an edit rendered. It keeps the component's own comparison,
 * so removing the memo (or breaking what it compares) shows up as extra renders.
 */
export function countingRenders<P extends object>(
  component: ComponentType<P>,
  keyOf: (props: P) => string,
  counts: RenderCounts,
): NamedExoticComponent<P> {
  const memoised = component as unknown as Memoised<P>;
  const render =
    typeof memoised.type === 'function' ? memoised.type : (component as (p: P) => React.ReactNode);
  function Counted(props: P) {
    const key = keyOf(props);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return render(props);
  }
  // A plain function component stays unmemoised, so the count tells the truth about it.
  return typeof memoised.type === 'function'
    ? memo(Counted, memoised.compare ?? undefined)
    : (Counted as unknown as NamedExoticComponent<P>);
}
