import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { createLocaleBackend, i18nOptions } from '@/i18n/config';
import { indexLocaleModules, LANGUAGES } from '@/i18n/languages';

import { moduleMap, readNamespaces, type Tree } from './localeFiles';

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/** `ns:base` → the plural categories it has a text for. */
function pluralGroups(namespaces: Record<string, Tree>): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  const walk = (tree: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      if (typeof value !== 'string') {
        walk(value, `${prefix}${key}.`);
        continue;
      }
      const match = PLURAL.exec(key);
      if (!match) continue;
      const base = `${prefix}${match[1]}`;
      groups.set(base, (groups.get(base) ?? new Set()).add(match[2] ?? ''));
    }
  };
  for (const [ns, tree] of Object.entries(namespaces)) walk(tree, `${ns}:`);
  return groups;
}

// Counts that land in every category the two languages have (Spanish "many": a million).
const COUNTS = [0, 1, 2, 5, 21, 1.5, 1_000_000, 2_000_000];

describe.each(LANGUAGES)('plurals in %s', (lng) => {
  const namespaces = readNamespaces(lng);
  const groups = pluralGroups(namespaces);
  const categories: string[] = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;

  it(`should have a text for every plural category of ${lng} (${categories.join(', ')})`, () => {
    expect(groups.size).toBeGreaterThan(10);
    const incomplete = [...groups]
      .filter(([, has]) => categories.some((category) => !has.has(category)))
      .map(([base, has]) => `${base}: ${[...has].join(', ')}`);
    expect(incomplete).toEqual([]);
  });

  it('should use no category the language does not have (zero aside, i18next reads it for 0)', () => {
    const foreign = [...groups]
      .filter(([, has]) => [...has].some((c) => c !== 'zero' && !categories.includes(c)))
      .map(([base]) => base);
    expect(foreign).toEqual([]);
  });

  it('should answer every count from its own texts, never from the English fallback', async () => {
    // only this language is loaded: a count that misses its texts comes back as the key
    const table = indexLocaleModules(moduleMap({ [lng]: namespaces }));
    const instance = i18next.createInstance();
    instance.use(createLocaleBackend(table));
    await instance.init({
      ...i18nOptions(lng, { production: false, namespaces: Object.keys(namespaces) }),
      fallbackLng: false,
    });
    const misses = [...groups.keys()].flatMap((base) =>
      COUNTS.filter((count) => {
        const text = instance.t(base, { count });
        return text === base.split(':')[1] || text === base;
      }).map((count) => `${base} (${count})`),
    );
    expect(misses).toEqual([]);
  });
});
