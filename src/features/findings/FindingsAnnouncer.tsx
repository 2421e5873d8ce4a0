import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { SEVERITIES, type Canvas, type Finding } from '@/domain';

import { diffFindings } from '@/lib/findingDiff';
import { findingText } from '@/lib/findingText';

type Props = { canvas: Canvas | null; findings: readonly Finding[] };

type Seen = {
  canvasId: string | null;
  findings: readonly Finding[];
  message: string;
  count: number;
};

/**
 * A polite live region that tells screen-reader users what changed in the findings
 * ("2 new warnings: …", "Warning resolved: …"). Unchanged findings are never repeated, and
 * opening another canvas resets the baseline silently.
 */
export function FindingsAnnouncer({ canvas, findings }: Props) {
  const { t } = useTranslation();
  const canvasId = canvas?.id ?? null;
  const [seen, setSeen] = useState<Seen>({ canvasId, findings, message: '', count: 0 });

  // Derived during render (not in an effect) so the message lands with the new findings.
  if (seen.findings !== findings || seen.canvasId !== canvasId) {
    let message = '';
    if (canvas && seen.canvasId === canvasId) {
      const { added, resolved } = diffFindings(seen.findings, findings);
      const say = (list: Finding[], kind: 'added' | 'resolved') =>
        SEVERITIES.flatMap((severity) => {
          const group = list.filter((f) => f.severity === severity);
          if (group.length === 0) return [];
          const messages = group.map((f) => findingText(t, f, canvas.currency).message).join(' ');
          return [t(`results:announce.${kind}.${severity}`, { count: group.length, messages })];
        });
      message = [...say(added, 'added'), ...say(resolved, 'resolved')].join(' ');
    }
    const switched = seen.canvasId !== canvasId;
    setSeen({
      canvasId,
      findings,
      // keep the last words until something new is said; another canvas starts silent
      message: switched ? '' : message || seen.message,
      count: message ? seen.count + 1 : seen.count,
    });
  }

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {/* a new node per announcement, so the same words said twice are read twice */}
      {seen.message && <p key={seen.count}>{seen.message}</p>}
    </div>
  );
}
