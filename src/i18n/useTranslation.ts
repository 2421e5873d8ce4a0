import type { i18n as I18n, TFunction } from 'i18next';
import { useContext, useEffect, useReducer, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';

import { sharedT } from './sharedT';

/**
 * One `languageChanged` listener per i18next instance, shared by every component. react-i18next's
 * own hook costs each component, at every mount, a copy of the whole i18next instance (its
 * "wrapper"), and at every render its options, namespaces and readiness checked again: on a
 * board of hundreds of notes and cards, a large share of the first render and of each edit.
 */
type LanguageSignal = { subscribe: (onChange: () => void) => () => void; changes: () => number };
const signals = new WeakMap<I18n, LanguageSignal>();

/** Counts `languageChanged` events: even to the same language, they say texts may differ. */
function languageSignal(i18n: I18n): LanguageSignal {
  let signal = signals.get(i18n);
  if (!signal) {
    const listeners = new Set<() => void>();
    let count = 0;
    i18n.on('languageChanged', () => {
      count++;
      listeners.forEach((listener) => listener());
    });
    signal = {
      subscribe: (onChange) => {
        listeners.add(onChange);
        return () => listeners.delete(onChange);
      },
      changes: () => count,
    };
    signals.set(i18n, signal);
  }
  return signal;
}

/** Namespaces known loaded, per instance, as `language|namespace`: a loaded one stays loaded. */
const loaded = new WeakMap<I18n, Set<string>>();

function isLoaded(i18n: I18n, language: string, namespace: string): boolean {
  let known = loaded.get(i18n);
  if (!known) loaded.set(i18n, (known = new Set()));
  const id = `${language}|${namespace}`;
  if (known.has(id)) return true;
  const ready = i18n.isInitialized && i18n.hasLoadedNamespace(namespace, { lng: language });
  if (ready) known.add(id);
  return ready;
}

const defaultNamespace = (i18n: I18n) => {
  const { defaultNS } = i18n.options;
  return (Array.isArray(defaultNS) ? defaultNS[0] : defaultNS) || 'translation';
};

/**
 * The app's binding of i18next to React, on react-i18next's instance and provider: a language
 * change re-renders, a namespace not loaded yet loads and then re-renders, and `t` is the shared
 * one of `sharedT.ts` (one per language and namespace, remembering plain keys). Components import
 * this hook, never react-i18next's (lint enforces it).
 */
export function useTranslation(namespace?: string): { t: TFunction; i18n: I18n; ready: boolean } {
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  const signal = languageSignal(i18n);
  useSyncExternalStore(signal.subscribe, signal.changes);
  const { language } = i18n;
  const ns = namespace ?? defaultNamespace(i18n);
  const ready = isLoaded(i18n, language, ns);
  const [, loadedNow] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (ready) return;
    let current = true;
    void i18n.loadNamespaces(ns).then(() => current && loadedNow());
    return () => {
      current = false;
    };
  }, [i18n, ns, ready]);
  // Until its texts are in, i18next's plain `t` (nothing worth remembering yet).
  const t = ready ? sharedT(i18n, namespace ?? '') : i18n.getFixedT(language, ns);
  return { t, i18n, ready };
}
