import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { createLocaleBackend, i18nOptions } from '@/i18n/config';
import { registerFormatters } from '@/i18n/formatters';
import {
  detectLanguage,
  indexLocaleModules,
  languageName,
  LANGUAGES,
  namespacesOf,
  offeredLanguages,
} from '@/i18n/languages';

import { mapTexts, moduleMap, readNamespaces, type Tree } from './localeFiles';

const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'ê',
  i: 'ï',
  o: 'õ',
  u: 'ü',
  A: 'Å',
  E: 'É',
  O: 'Ø',
};

/** Pseudo-translation: accented and bracketed, placeholders untouched, so untranslated text stands out. */
function pseudo(text: string): string {
  const parts = text.split(/({{[^}]*}})/);
  const changed = parts.map((part) =>
    part.startsWith('{{') ? part : part.replace(/[aeiouAEO]/g, (c) => ACCENTS[c] ?? c),
  );
  return `⟦${changed.join('')}⟧`;
}

const english = readNamespaces('en');

/** The English text of `ns:dotted.key`, read from the files. */
function englishText(key: string): string {
  const [ns = '', path = ''] = key.split(':');
  let node: Tree | string | undefined = english[ns];
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no English text for ${key}`);
  return node;
}
const pseudoOf = (namespaces: Record<string, Tree>) =>
  Object.fromEntries(Object.entries(namespaces).map(([ns, tree]) => [ns, mapTexts(tree, pseudo)]));

/** The real es and en folders plus a new "pt" folder and a hidden "x-pseudo" one. */
const table = indexLocaleModules(
  moduleMap({
    en: english,
    es: readNamespaces('es'),
    pt: pseudoOf(english),
    'x-pseudo': pseudoOf(english),
  }),
);

async function startIn(language: string) {
  const instance = i18next.createInstance();
  instance.use(createLocaleBackend(table));
  await instance.init(i18nOptions(language, { production: true, namespaces: namespacesOf(table) }));
  registerFormatters(instance);
  return instance;
}

const spaces = (text: string) => text.replace(/\s/g, ' ');

describe('a third language is a new folder under locales/', () => {
  it('should ship exactly the folders found, without pseudo-locales', () => {
    expect(LANGUAGES).toEqual(['en', 'es']);
    expect(offeredLanguages(table)).toEqual(['en', 'es', 'pt']);
    expect([...table.keys()]).toContain('x-pseudo');
  });

  it('should detect the new language from the browser, by primary subtag', () => {
    const offered = offeredLanguages(table);
    expect(detectLanguage(['pt-BR', 'en-US'], offered)).toBe('pt');
    expect(detectLanguage(['es-419', 'pt'], offered)).toBe('es');
    expect(detectLanguage(['de-DE', 'fr'], offered)).toBe('en');
    expect(detectLanguage(['x-pseudo'], offered)).toBe('en');
  });

  it('should name each language in itself, with no key in the other folders', () => {
    expect(languageName('es')).toBe('Español');
    expect(languageName('en')).toBe('English');
    expect(languageName('pt')).toBe('Português');
    expect(languageName('x-pseudo')).toBe('x-pseudo');
  });

  it('should load every namespace of the new folder and translate with it', async () => {
    const t = (await startIn('pt')).t;
    for (const key of [
      'common:app.name',
      'editor:segment.add',
      'rules:CR01.title',
      'domain:params.handleMinutes',
    ])
      expect(t(key), key).toBe(pseudo(englishText(key)));
    expect(t('library:allHeading', { count: 3 })).toBe(
      pseudo(englishText('library:allHeading_other')).replace('{{count}}', '3'),
    );
  });

  it('should format money, numbers and percentages for the new language', async () => {
    const t = (await startIn('pt')).t;
    const facts = t('workbench:segmentFacts', {
      market: 'B2B',
      size: 400000,
      arpu: 25,
      currency: 'EUR',
    });
    // Portuguese: dot for thousands, comma for decimals, the euro sign first
    expect(spaces(facts)).toContain('400.000');
    expect(spaces(facts)).toContain('€ 25,00');
  });

  it('should load a pseudo-locale for testing even though it is never offered', async () => {
    const instance = await startIn('x-pseudo');
    expect(instance.t('editor:segment.add')).toBe(pseudo(englishText('editor:segment.add')));
  });
});
