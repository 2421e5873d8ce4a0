import { CANVAS_LOCALES, type CanvasLocale } from '@/domain';

/** The canvas language for an interface language ("es-MX" writes Spanish canvases). */
export function canvasLocaleOf(language: string): CanvasLocale {
  const primary = language.toLowerCase().split('-')[0];
  return CANVAS_LOCALES.find((locale) => locale === primary) ?? 'en';
}
