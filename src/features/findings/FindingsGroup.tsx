import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { Finding, Segment, Severity } from '@/domain';

import { FindingItem } from './FindingItem';
import { SeverityIcon } from '@/components/Severity';

/** How many findings a group shows at first, and adds per "Show more". */
export const FINDINGS_PAGE = 50;

type Props = {
  severity: Severity;
  /** the group's findings, each with a key that does not shift when another appears above */
  items: readonly { key: string; finding: Finding }[];
  segments: ReadonlyMap<string, Segment>;
  currency: string;
  headingLevel: 3 | 4;
};

/**
 * One severity group. A big canvas can have hundreds of findings; the group shows them a page at
 * a time, which keeps the page light and the list readable.
 */
export function FindingsGroup({ severity, items, segments, currency, headingLevel }: Props) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(FINDINGS_PAGE);
  const focusIndex = useRef<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const hidden = Math.max(0, items.length - shown);

  // The keyboard lands on the first finding just revealed, not on a button that may be gone.
  useEffect(() => {
    if (focusIndex.current === null) return;
    const item = list.current?.children[focusIndex.current];
    if (item instanceof HTMLElement) item.focus();
    focusIndex.current = null;
  }, [shown]);

  const showMore = () => {
    focusIndex.current = shown;
    setShown(shown + FINDINGS_PAGE);
  };

  return (
    <section className={`findings__group findings__group--${severity}`}>
      <Heading className="findings__group-title">
        <SeverityIcon severity={severity} />
        {t(`results:findings.group.${severity}`, { count: items.length })}
      </Heading>
      <ul className="findings__list" ref={list}>
        {items.slice(0, shown).map(({ key, finding }) => (
          <FindingItem
            key={key}
            finding={finding}
            segment={finding.segmentId ? segments.get(finding.segmentId) : undefined}
            currency={currency}
          />
        ))}
      </ul>
      {hidden > 0 && (
        <p className="findings__more">
          <span>
            {t('results:findings.shownOf', { shown: items.length - hidden, total: items.length })}
          </span>{' '}
          <button type="button" className="button button--small" onClick={showMore}>
            {t('results:findings.showMore', { count: Math.min(hidden, FINDINGS_PAGE) })}
          </button>
        </p>
      )}
    </section>
  );
}
