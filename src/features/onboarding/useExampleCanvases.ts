import { useEffect, useState } from 'react';

import type { Canvas, CanvasLocale } from '@/domain';

type Loaded = { locale: CanvasLocale; canvases: Canvas[] | null };

/**
 * The example canvases in `locale`, loaded on demand: their texts are large and only the first
 * run and the examples menu need them. `undefined` while loading, `null` if loading failed.
 */
export function useExampleCanvases(locale: CanvasLocale): Canvas[] | null | undefined {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let isCurrent = true;
    import('@/domain/examples').then(
      (examples) => isCurrent && setLoaded({ locale, canvases: examples.getExampleCanvases(locale) }),
      () => isCurrent && setLoaded({ locale, canvases: null }),
    );
    return () => {
      isCurrent = false;
    };
  }, [locale]);
  return loaded?.locale === locale ? loaded.canvases : undefined;
}
