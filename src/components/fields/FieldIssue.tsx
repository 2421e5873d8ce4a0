import { useTranslation } from '@/i18n/useTranslation';
import type { z } from 'zod';

import { FieldError } from './FieldError';
import { validationMessage } from './validationMessage';

type Props = {
  errorId: string;
  /** The problem, not its sentence: translated here, so it follows a language switch. */
  issue: z.core.$ZodIssue | undefined | null;
  /** Characters typed, shown against `max` near the limit; null hides the counter. */
  count: number | null;
  max?: number;
};

/**
 * A text field's counter and problem, in the user's language. Its own component, rendered
 * only when there is something to say, so a keystroke does not translate anything.
 */
export function FieldIssue({ errorId, issue, count, max }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {count !== null && max !== undefined && (
        <span className="field__hint" aria-live="polite">
          {t('common:validation.characters', { count, max })}
        </span>
      )}
      <FieldError id={errorId} message={issue === null ? null : validationMessage(t, issue)} />
    </>
  );
}
