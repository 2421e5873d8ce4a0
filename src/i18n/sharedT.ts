import type { i18n as I18n, TFunction } from 'i18next';

/**
 * One `t` per texts store, language and namespace, shared by every component, which remembers
 * the text of each plain key (a key without options). A board of notes asks for the same
 * labels row after row; i18next resolves a key on every call (namespace, fallbacks,
 * interpolation, nesting, post-processing). Keys with options (variables, counts) are not
 * cached: their text depends on the options.
 */
type Store = I18n['store'];
type AnyT = (...args: unknown[]) => unknown;

const sharedByStore = new WeakMap<Store, Map<string, TFunction>>();

function sharedOf(store: Store): Map<string, TFunction> {
  let shared = sharedByStore.get(store);
  if (!shared) {
    const created = new Map<string, TFunction>();
    // New texts (a namespace or language loaded, a bundle added or removed) may change any
    // text: forget them all; the next render asks again.
    const forget = () => created.clear();
    store.on('added', forget);
    store.on('removed', forget);
    sharedByStore.set(store, created);
    shared = created;
  }
  return shared;
}

/** Forgets every remembered text of `instance` (for a change i18next's store does not report). */
export function forgetSharedTexts(instance: I18n) {
  sharedByStore.get(instance.store)?.clear();
}

function remembering(t: TFunction): TFunction {
  const texts = new Map<string, unknown>();
  const shared = (...args: unknown[]) => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') return (t as unknown as AnyT)(...args);
    if (!texts.has(key)) texts.set(key, t(key));
    return texts.get(key);
  };
  return shared as unknown as TFunction;
}

/**
 * The shared `t` of `instance` in its current language and `namespace`, made from `t`
 * (react-i18next's own `t` for that language and namespace) the first time it is asked for.
 */
export function sharedT(instance: I18n, namespace: string, t: TFunction): TFunction {
  const shared = sharedOf(instance.store);
  const id = `${instance.language}|${namespace}`;
  let found = shared.get(id);
  if (!found) {
    found = remembering(t);
    shared.set(id, found);
  }
  return found;
}
