import { act, render, screen } from '@testing-library/react';
import i18next, { type i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import { createLocaleBackend, i18nOptions, loadFallbackLanguage } from '@/i18n/config';
import { indexLocaleModules } from '@/i18n/languages';
import { useTranslation } from '@/i18n/useTranslation';

import { moduleMap } from './localeFiles';

const table = indexLocaleModules(
  moduleMap({
    en: {
      common: {
        save: 'Save',
        hello: 'Hello {{name}}',
        note_one: '{{count}} note',
        note_other: '{{count}} notes',
        onlyInEnglish: 'Only in English',
      },
      editor: { title: 'Editor' },
    },
    es: {
      common: {
        save: 'Guardar',
        hello: 'Hola {{name}}',
        note_one: '{{count}} nota',
        note_other: '{{count}} notas',
      },
      editor: { title: 'Editor de lienzo' },
    },
  }),
);

async function startIn(language: string, namespaces = ['common', 'editor']) {
  const instance = i18next.createInstance();
  instance.use(createLocaleBackend(table));
  await instance.init(i18nOptions(language, { production: true, namespaces, deferFallback: true }));
  return instance;
}

function Texts({ count, name }: { count: number; name: string }) {
  const { t } = useTranslation();
  return (
    <p>
      {[
        t('save'),
        t('hello', { name }),
        t('note', { count }),
        t('editor:title'),
        t('onlyInEnglish'),
      ].join(' | ')}
    </p>
  );
}

const shown = () => screen.getByRole('paragraph').textContent;

/** `copies` components reading the same texts, on `instance`. */
function texts(instance: I18n, props = { count: 1, name: 'Ana' }, copies = 2) {
  return (
    <I18nextProvider i18n={instance}>
      {Array.from({ length: copies }, (_, i) => (
        <Texts key={i} {...props} />
      ))}
    </I18nextProvider>
  );
}

const show = (instance: I18n) => render(texts(instance));

function EditorTitle() {
  const { t } = useTranslation('editor');
  return <h2>{t('title')}</h2>;
}

describe('useTranslation (i18next bound to React, with a shared t)', () => {
  it('re-renders with the new language when it changes, and back', async () => {
    const instance = await startIn('es');
    show(instance);
    expect(screen.getAllByRole('paragraph').at(1)?.textContent).toBe(
      'Guardar | Hola Ana | 1 nota | Editor de lienzo | ',
    );
    await act(() => instance.changeLanguage('en'));
    for (const p of screen.getAllByRole('paragraph'))
      expect(p.textContent).toBe('Save | Hello Ana | 1 note | Editor | Only in English');
    await act(() => instance.changeLanguage('es'));
    expect(screen.getAllByRole('paragraph').at(0)?.textContent).toBe(
      'Guardar | Hola Ana | 1 nota | Editor de lienzo | ',
    );
  });

  it('resolves interpolation and plurals on every call, not from a cache', async () => {
    const instance = await startIn('en');
    const { rerender } = show(instance);
    rerender(texts(instance, { count: 3, name: 'Bo' }, 1));
    expect(shown()).toBe('Save | Hello Bo | 3 notes | Editor | Only in English');
  });

  it('does not leak texts between languages or instances', async () => {
    const spanish = await startIn('es');
    const english = await startIn('en');
    const first = show(spanish);
    expect(screen.getAllByRole('paragraph').at(0)?.textContent).toMatch(/^Guardar/);
    first.unmount();
    show(english);
    expect(screen.getAllByRole('paragraph').at(0)?.textContent).toMatch(/^Save/);
  });

  it('shows a namespace loaded after the first render at the next render (no stale text)', async () => {
    const instance = await startIn('es', ['common']);
    const { rerender } = show(instance);
    expect(screen.getAllByRole('paragraph').at(0)?.textContent).toBe(
      'Guardar | Hola Ana | 1 nota |  | ',
    );
    await act(() => instance.loadNamespaces('editor'));
    rerender(texts(instance, { count: 1, name: 'Ana' }, 1));
    expect(shown()).toBe('Guardar | Hola Ana | 1 nota | Editor de lienzo | ');
  });

  it('loads a namespace its component asks for, then shows its texts', async () => {
    const instance = await startIn('es', ['common']);
    render(
      <I18nextProvider i18n={instance}>
        <EditorTitle />
      </I18nextProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Editor de lienzo' })).toBeInTheDocument();
    expect(instance.hasLoadedNamespace('editor')).toBe(true);
  });

  it('forgets a text that was missing once the fallback language is in', async () => {
    const instance = await startIn('es');
    show(instance);
    expect(screen.getAllByRole('paragraph').at(0)?.textContent).toMatch(/\| $/);
    await act(() => loadFallbackLanguage(instance));
    // A language change or new texts re-render; here the store reported the English bundle.
    await act(() => instance.changeLanguage('es'));
    expect(screen.getAllByRole('paragraph').at(0)?.textContent).toMatch(/Only in English$/);
  });
});
