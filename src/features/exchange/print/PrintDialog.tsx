import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { Dialog } from '@/components/Dialog';
import { CheckboxGroup } from '@/components/fields/CheckboxGroup';

import { EXTRA_PAGES, type ExtraPage } from './printOptions';

type Props = { onPrint: (pages: ExtraPage[]) => void; onClose: () => void };

/** Chooses what to print after the canvas poster. */
export function PrintDialog({ onPrint, onClose }: Props) {
  const { t } = useTranslation();
  const [pages, setPages] = useState<ExtraPage[]>([]);
  const options = EXTRA_PAGES.map((page) => ({
    value: page,
    label: t(`classroom:print.page.${page}`),
  }));
  return (
    <Dialog
      title={t('classroom:print.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common:action.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => onPrint(pages)}>
            {t('classroom:print.print')}
          </button>
        </>
      }
    >
      <p>{t('classroom:print.poster')}</p>
      <CheckboxGroup
        legend={t('classroom:print.extraPages')}
        options={options}
        selected={pages}
        onChange={setPages}
      />
      <p className="print-dialog__tip">{t('classroom:print.tip')}</p>
    </Dialog>
  );
}
