import type { BrowserContext } from 'playwright-core';

import type { Canvas } from '@/domain';
import { serializeEnvelope } from '@/persistence/envelope';
import { writeLibraryIndex } from '@/persistence/libraryIndex';
import { STORAGE_KEYS, canvasKey } from '@/persistence/storageKeys';

/** The stored form of a one-canvas library, produced by the persistence layer's own writers. */
function storedLibrary(canvas: Canvas, language: string): Record<string, string> {
  const items: Record<string, string> = {};
  const memory = {
    length: 0,
    key: () => null,
    getItem: () => null,
    removeItem: () => {},
    setItem: (key: string, value: string) => void (items[key] = value),
  };
  items[canvasKey(canvas.id)] = serializeEnvelope(canvas, { rev: 1, writerTabId: 'bench' });
  writeLibraryIndex({ order: [canvas.id], activeId: canvas.id }, memory);
  items[STORAGE_KEYS.language] = language;
  return items;
}

/** A returning visitor: `canvas` is in localStorage before the first page of the context loads. */
export async function seedLibrary(context: BrowserContext, canvas: Canvas, language: string) {
  await context.addInitScript(
    (items) => {
      if (sessionStorage.getItem('bench-seeded')) return;
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
      sessionStorage.setItem('bench-seeded', '1');
    },
    storedLibrary(canvas, language),
  );
}
