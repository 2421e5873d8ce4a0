import type { i18n as I18n, TFunction } from 'i18next';

/**
 * One `t` per language and namespace, shared by every component, which remembers the text of
 * each plain key (a key without options). A board of notes asks for the same labels row after
 * row; i18next resolves a key on every call (namespace, fallbacks, interpolation, nesting,
 * post-processing). Keys with options (variables, counts) are not remembered: their text
 * depends on the options.
 */
type AnyT = (...args: unknown[]) => unknown;

let store: I18n['store'] | undefined;
const shared = new Map<string, TFunction>();

/** Forgets every remembered text (new texts may change any of them). */
export const forgetSharedTexts = () => shared.clear();

function remembering(t: TFunction): TFunction {
  const texts = new Map<string, unknown>();
  return ((...args: unknown[]) => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') return (t as unknown as AnyT)(...args);
    if (!texts.has(key)) texts.set(key, t(key));
    return texts.get(key);
  }) as unknown as TFunction;
}

/** The shared `t` of `instance` in its current language and `namespace` ('' for the default). */
export function sharedT(instance: I18n, namespace: string): TFunction {
  if (instance.store !== store) {
    // Another i18next instance (tests): nothing remembered applies to it.
    forgetSharedTexts();
    store = instance.store;
    // A namespace or language loaded (or a bundle added) may change any text.
    store.on('added', forgetSharedTexts);
  }
  const id = `${instance.language}|${namespace}`;
  let found = shared.get(id);
  if (!found)
    shared.set(id, (found = remembering(instance.getFixedT(instance.language, namespace || null))));
  return found;
}
