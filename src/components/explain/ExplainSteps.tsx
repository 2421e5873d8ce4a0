import { useTranslation } from '@/i18n/useTranslation';

import type { ExplainStep } from '@/domain';

type Props = { steps: readonly ExplainStep[]; currency: string; id?: string; hidden?: boolean };

/** The domain's calculation steps, in words, in the interface language. */
export function ExplainSteps({ steps, currency, id, hidden }: Props) {
  const { t } = useTranslation();
  return (
    <ol className="explain-steps" id={id} hidden={hidden}>
      {steps.map((step, index) => (
        <li key={`${step.key}-${index}`}>{t(step.key, { ...step.values, currency })}</li>
      ))}
    </ol>
  );
}
