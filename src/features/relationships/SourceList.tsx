import { useTranslation } from '@/i18n/useTranslation';

import { SOURCES, type SourceId } from '@/domain';
import { safeUrl } from '@/lib/safeUrl';

type Props = { sourceIds: readonly SourceId[]; assumption: boolean };

/** Where a default comes from: linked public sources, or a plain statement that it is an assumption. */
export function SourceList({ sourceIds, assumption }: Props) {
  const { t } = useTranslation();
  if (sourceIds.length === 0)
    return <p className="why__assumption">{t('workbench:why.assumption')}</p>;
  return (
    <>
      <p className="why__sources-intro">
        {assumption ? t('workbench:why.informed') : t('workbench:why.sourced')}
      </p>
      <ul className="why__sources">
        {sourceIds.map((id) => {
          const source = SOURCES[id];
          const links = source.urls.flatMap((url) => {
            const href = safeUrl(url);
            return href ? [{ href, host: new URL(href).hostname.replace(/^www\./, '') }] : [];
          });
          return (
            <li key={id}>
              <span className="why__source-id">[{id}]</span>{' '}
              {links[0] ? (
                <a href={links[0].href} target="_blank" rel="noopener noreferrer">
                  {source.title}{' '}
                  <span className="visually-hidden">{t('workbench:why.newTab')}</span>
                </a>
              ) : (
                source.title
              )}
              {links.slice(1).map((link) => (
                <span key={link.href}>
                  {' · '}
                  <a href={link.href} target="_blank" rel="noopener noreferrer">
                    {link.host} <span className="visually-hidden">{t('workbench:why.newTab')}</span>
                  </a>
                </span>
              ))}
            </li>
          );
        })}
      </ul>
    </>
  );
}
