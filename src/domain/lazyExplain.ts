/**
 * Base of the results whose `explain` is built on first read. Evaluating a thousand
 * segments on every keystroke would otherwise allocate tens of thousands of step objects
 * that nobody reads. The steps are recomputed from the same inputs (canvases are immutable).
 *
 * The getter sits on the prototype (an accessor in each object literal costs ~1 kB per
 * object in V8), so `explain` is not an own property: spreading or serialising a result
 * leaves it out. Read it where it is needed.
 */
export abstract class LazyExplain<E> {
  #explain: E | undefined;

  /**
   * Builds the steps from inputs the result keeps in its own fields: a closure per result
   * would be two more objects each, for every relationship of every segment, on every keystroke.
   */
  protected abstract describe(): E;

  get explain(): E {
    return (this.#explain ??= this.describe());
  }
}
