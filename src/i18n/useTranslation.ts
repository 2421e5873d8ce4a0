import type { i18n as I18n, TFunction } from 'i18next';
import { useTranslation as useReactI18next } from 'react-i18next';

import { sharedT } from './sharedT';

// react-i18next memoises its options on this object's identity; its default (a new `{}` on
// every call) rebuilt them, and its snapshot function, at every render of every component.
const OPTIONS = {};

/**
 * react-i18next's `useTranslation` (language changes re-render, missing namespaces load, as
 * ever), with the shared `t` of `sharedT.ts`: one per language and namespace, which remembers
 * plain keys. Components import this hook, never react-i18next's.
 */
export function useTranslation(namespace?: string): { t: TFunction; i18n: I18n; ready: boolean } {
  const { t, i18n, ready } = useReactI18next(namespace, OPTIONS);
  // Until its texts are in, react-i18next's own `t` (nothing worth remembering yet). No
  // namespace: the default one ('' names it among the shared t's).
  return { t: ready ? sharedT(i18n, namespace ?? '', t) : t, i18n, ready };
}
