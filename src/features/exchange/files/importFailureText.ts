import type { i18n as I18n } from 'i18next';

import { describeProblem } from '@/features/saving';

import { MAX_IMPORT_BYTES, type ImportError, type ImportOutcome } from './importFile';

const MAX_LISTED = 8;

const ERROR_KEYS = {
  read: 'exchange:import.error.read',
  too_large: 'exchange:import.error.tooLarge',
  too_deep: 'exchange:import.error.tooDeep',
  not_canvas: 'exchange:import.error.notCanvas',
  newer: 'exchange:import.error.newer',
  migration: 'exchange:import.error.migration',
  invalid: 'exchange:import.error.invalid',
} as const satisfies Record<ImportError, string>;

export type ImportFailureText = {
  /** what is wrong with the file as a whole */
  message: string;
  /** the first problems with readable places, then "…and n more" when there are more */
  problems: string[];
};

/** Why a file could not be read, in the user's language (the import dialog and the dashboard say the same). */
export function importFailureText(
  outcome: Extract<ImportOutcome, { ok: false }>,
  fileSize: number,
  i18n: I18n,
): ImportFailureText {
  const megabytes = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    }).format(bytes / 1e6);
  const message = i18n.t(ERROR_KEYS[outcome.error], {
    size: megabytes(fileSize),
    max: megabytes(MAX_IMPORT_BYTES),
  });
  const all = outcome.error === 'invalid' ? outcome.problems : [];
  const problems = all.slice(0, MAX_LISTED).map((p) => describeProblem(p, i18n, outcome.root));
  if (all.length > MAX_LISTED)
    problems.push(i18n.t('exchange:import.error.more', { count: all.length - MAX_LISTED }));
  return { message, problems };
}
