/**
 * Locale files are found by path, so a new language is a new folder under locales/. Its
 * `language.json` holds the language's own name; the namespaces are the other files.
 */
// Example canvases read their texts straight from locales/*/examples.json (the domain builds them).
const localeModules = import.meta.glob<{ default: Record<string, unknown> }>([
  '/locales/*/*.json',
  '!/locales/*/language.json',
  '!/locales/*/examples.json',
]);
/** Bundled: the language switch names every language on the first screen. */
const endonymFiles = import.meta.glob<string>('/locales/*/language.json', {
  eager: true,
  import: 'name',
});
const ENDONYMS = new Map(
  Object.entries(endonymFiles).map(([path, name]) => [path.split('/')[2] ?? '', name]),
);

export type LocaleLoader = () => Promise<{ default: Record<string, unknown> }>;
/** Language → namespace → loader of `/locales/<lng>/<ns>.json`. */
export type LocaleTable = Map<string, Map<string, LocaleLoader>>;

/** Parses `/locales/<lng>/<ns>.json` paths into a lng → ns → loader table. */
export function indexLocaleModules(modules: Record<string, LocaleLoader>): LocaleTable {
  const table: LocaleTable = new Map();
  for (const [path, load] of Object.entries(modules)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lng = '', ns = ''] = match;
    if (!table.has(lng)) table.set(lng, new Map());
    table.get(lng)?.set(ns, load);
  }
  return table;
}

export const FALLBACK_LANGUAGE = 'en';

/** Pseudo-locales for testing (folders starting with "x-") load like any language but are never offered. */
export const isPseudoLocale = (lng: string) => lng.startsWith('x-');

/** The languages a user can choose: every folder of the table but pseudo-locales. */
export function offeredLanguages(table: LocaleTable): string[] {
  return [...table.keys()].filter((lng) => !isPseudoLocale(lng)).sort();
}

/** The namespaces i18next loads: those of the fallback language. */
export function namespacesOf(table: LocaleTable): string[] {
  return [...(table.get(FALLBACK_LANGUAGE)?.keys() ?? [])].sort();
}

export const LOCALES = indexLocaleModules(localeModules);
export const LANGUAGES = offeredLanguages(LOCALES);
export const NAMESPACES = namespacesOf(LOCALES);

/**
 * The namespaces the first screen uses: the board, the header and the first run. Every other one
 * (the results panel, the editors, the classroom tools, the file menu's dialogs, notices, a new
 * feature's own file) loads with the code that uses it (`withNamespaces`), and all of them load
 * right after the first screen anyway (see startI18n).
 */
export const FIRST_SCREEN_NAMESPACES = ['common', 'editor', 'persistence'];
export const LATER_NAMESPACES = NAMESPACES.filter((ns) => !FIRST_SCREEN_NAMESPACES.includes(ns));

/** Picks the first supported language from the browser's preferences, by primary subtag. */
export function detectLanguage(preferred: readonly string[], supported = LANGUAGES): string {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (supported.includes(primary)) return primary;
  }
  return FALLBACK_LANGUAGE;
}

const languageNames = new Map<string, string>();

/**
 * A language's name in that language ("Español", "English"), as language pickers show it:
 * from its folder's language.json, else from Intl, so a new folder needs nothing in the others.
 */
// Spec decision: languages are offered under their own names (endonyms), not translated ones.
export function languageName(lng: string): string {
  // Building an Intl.DisplayNames costs tens of milliseconds on a slow machine (it loads the
  // locale's data), which would hold back the first screen: the files answer for known folders.
  const known = ENDONYMS.get(lng) ?? languageNames.get(lng);
  if (known !== undefined) return known;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([lng], { type: 'language' }).of(lng);
  } catch {
    // not a BCP 47 tag (a pseudo-locale): its code is its name
  }
  const result =
    !name || name === lng ? lng : name.charAt(0).toLocaleUpperCase(lng) + name.slice(1);
  languageNames.set(lng, result);
  return result;
}
