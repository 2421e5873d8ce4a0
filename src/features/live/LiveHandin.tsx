import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import type * as Y from 'yjs';

import { handIn, MAX_HANDINS, observeHandins, type Handin } from '@/collab/handins';
import { LazyHandinForm } from '@/features/versions';
import { formatWhen } from '@/lib/formatWhen';

type Props = { doc: Y.Doc; by: string };

/**
 * The student's hand-in: freezes the canvas as it is now into the live document (offline too:
 * it reaches the server with the document), and names the last one handed in.
 */
export function LiveHandin({ doc, by }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const [handins, setHandins] = useState<Handin[]>([]);
  useEffect(() => observeHandins(doc, setHandins), [doc]);
  const last = handins.at(-1);
  const submit = (name: string) => {
    const result = handIn(doc, { name, by });
    if (result.ok) return null;
    return result.reason === 'too_many'
      ? t('versions:handin.tooMany', { max: MAX_HANDINS })
      : t('versions:handin.invalid');
  };
  return (
    <div className="live-bar__handin">
      <p>
        <button
          ref={button}
          type="button"
          className="button button--small"
          aria-expanded={open}
          onClick={() => setOpen((v) => !v)}
        >
          {t('versions:handin.button')}
        </button>{' '}
        {last &&
          t('versions:handin.last', { name: last.name, time: formatWhen(last.at, i18n.language) })}
      </p>
      {open && (
        <Suspense fallback={null}>
          <LazyHandinForm
            onHandIn={submit}
            onCancel={() => {
              setOpen(false);
              button.current?.focus(); // the form that held focus is gone
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
