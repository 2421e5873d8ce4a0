import { lazy, useState, type ComponentType } from 'react';

/**
 * A component whose code loads on first use, like React.lazy, that can also be loaded early
 * with `preload()`. Once its code is in, it renders at once instead of suspending for a turn, so
 * a field it focuses on opening gets the very next keystroke.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // a failed download is tried again on the next use
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloadable(props: P) {
    // Chosen once per mount: swapping the lazy wrapper for the loaded component would remount it.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(Preloadable, { preload });
}
