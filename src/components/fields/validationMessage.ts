import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** Turns the first zod issue into a sentence in the user's language, from its code (never its message). */
export function validationMessage(
  t: TFunction,
  issue: z.core.$ZodIssue | undefined,
  scale = 1,
): string {
  if (!issue) return t('common:validation.invalid');
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? t('common:validation.required')
        : t('common:validation.tooSmall', { min: Number(issue.minimum) * scale });
    case 'too_big':
      return issue.origin === 'string'
        ? t('common:validation.tooLong', { max: Number(issue.maximum) })
        : t('common:validation.tooBig', { max: Number(issue.maximum) * scale });
    case 'invalid_type':
      return t('common:validation.notANumber');
    default:
      return t('common:validation.invalid');
  }
}
