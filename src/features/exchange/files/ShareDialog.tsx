import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { Dialog } from '@/components/Dialog';

import { MAX_SHARE_URL_LENGTH, type ShareLink } from '../shareLink/shareLink';

/** Shows the share link (copied when the browser allows it), or why this canvas has none. */
export function ShareDialog({ link, onClose }: { link: ShareLink; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState(false);
  const url = link.ok ? link.url : null;

  useEffect(() => {
    if (url === null) return;
    // Clipboard access can be refused (permissions, insecure context): the link stays visible.
    navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }, [url]);

  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <Dialog title={t('persistence:file.share')} onClose={onClose}>
      {link.ok ? (
        <>
          <p role="status">
            {copied ? t('exchange:share.copied') : t('exchange:share.copyManually')}
          </p>
          <label className="file-dialog__link">
            <span>{t('exchange:share.linkLabel')}</span>
            <input
              type="text"
              readOnly
              value={link.url}
              onFocus={(event) => event.currentTarget.select()}
            />
          </label>
        </>
      ) : (
        <p role="alert">
          {t('exchange:share.tooLarge', {
            length: number(link.length),
            max: number(MAX_SHARE_URL_LENGTH),
          })}
        </p>
      )}
      <div className="file-dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('exchange:share.close')}
        </button>
      </div>
    </Dialog>
  );
}
