import { useTranslation } from '@/i18n/useTranslation';

type Props = {
  /** null when there is no figure to judge */
  met: boolean | null;
  text: string;
};

/** A target next to its figure, with a met / missed mark in text, not colour alone. */
export function TargetNote({ met, text }: Props) {
  const { t } = useTranslation();
  return (
    <span className={`target-note${met === false ? ' target-note--missed' : ''}`}>
      {text}
      {met !== null && (
        <>
          {' · '}
          <span aria-hidden="true">{met ? '✓ ' : '✗ '}</span>
          {met ? t('results:target.met') : t('results:target.missed')}
        </>
      )}
    </span>
  );
}
