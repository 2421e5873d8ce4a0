/** Locale files are found by path, so a new language is a new folder under locales/. */
const localeModules = import.meta.glob<{ default: Record<string, unknown> }>('/locales/*/*.json');

export type LocaleLoader = () => Promise<{ default: Record<string, unknown> }>;

/** Parses `/locales/<lng>/<ns>.json` paths into a lng → ns → loader table. */
export function indexLocaleModules(modules: Record<string, LocaleLoader>) {
  const table = new Map<string, Map<string, LocaleLoader>>();
  for (const [path, load] of Object.entries(modules)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lng = '', ns = ''] = match;
    if (!table.has(lng)) table.set(lng, new Map());
    table.get(lng)?.set(ns, load);
  }
  return table;
}

export const LOCALES = indexLocaleModules(localeModules);

export const FALLBACK_LANGUAGE = 'en';

/** Languages offered in the switcher; pseudo-locales (names starting with "x-") stay hidden. */
export const LANGUAGES = [...LOCALES.keys()].filter((lng) => !lng.startsWith('x-')).sort();

// Example canvases read their texts straight from locales/*/examples.json (the domain builds them).
const DOMAIN_ONLY_NAMESPACES = new Set(['examples']);

export const NAMESPACES = [...(LOCALES.get(FALLBACK_LANGUAGE)?.keys() ?? [])]
  .filter((ns) => !DOMAIN_ONLY_NAMESPACES.has(ns))
  .sort();

/** Picks the first supported language from the browser's preferences, by primary subtag. */
export function detectLanguage(preferred: readonly string[], supported = LANGUAGES): string {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (supported.includes(primary)) return primary;
  }
  return FALLBACK_LANGUAGE;
}
