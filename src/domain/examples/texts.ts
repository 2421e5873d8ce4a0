/**
 * The example canvases' texts, one JSON file per language (locales/<lng>/examples.json).
 * Structure lives in code; these files hold only words, so both languages share every id
 * and number.
 */
import en from '../../../locales/en/examples.json';
import es from '../../../locales/es/examples.json';
import type { CanvasLocale } from '../schema';

export type ExampleTexts = typeof en;

// Typed against the English file, so a key missing in Spanish fails to compile.
const TEXTS: Record<CanvasLocale, ExampleTexts> = { en, es };

export function exampleTexts(locale: CanvasLocale): ExampleTexts {
  return TEXTS[locale];
}
