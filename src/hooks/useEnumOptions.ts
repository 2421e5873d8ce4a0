import type { TFunction } from 'i18next';
import { useTranslation } from '@/i18n/useTranslation';

export type EnumOption<T extends string> = { value: T; label: string };

/**
 * Per translation function (react-i18next gives each component one, renewed when the language or
 * its texts change), per enum and list of values: its options.
 */
const translated = new WeakMap<TFunction, Map<string, EnumOption<string>[]>>();

/**
 * The options of a select or checkbox group for one of the domain's enums, labelled from the
 * group `labels` (`common:enum.marketType` for the labels the board shows too, `enums:bond` for
 * those only editors show): translated once per language and the same array on every render,
 * so an editor's keystroke does not translate every option of every field again.
 */
export function useEnumOptions<T extends string>(
  values: readonly T[],
  labels: string,
): EnumOption<T>[] {
  const { t } = useTranslation();
  let byEnum = translated.get(t);
  if (!byEnum) {
    byEnum = new Map();
    translated.set(t, byEnum);
  }
  const key = `${labels}:${values.join()}`;
  let options = byEnum.get(key);
  if (!options) {
    options = values.map((value) => ({ value, label: t(`${labels}.${value}`) }));
    byEnum.set(key, options);
  }
  return options as EnumOption<T>[];
}
