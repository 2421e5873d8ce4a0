import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { Dialog } from '@/components/Dialog';
import type { Canvas } from '@/domain';
import { formatWhen } from '@/lib/formatWhen';

import { CanvasOverview } from './CanvasOverview';
import { ChangeList } from './ChangeList';
import './versions.css';

/** A hand-in as the live document holds it; `canvas` is null when its state cannot be read. */
export type HandinView = {
  id: string;
  name: string;
  by: string;
  at: string;
  canvas: Canvas | null;
};

type Props = {
  /** whose canvas it is, as the dashboard names them */
  studentName: string;
  /** oldest first */
  handins: readonly HandinView[];
  /** the live canvas now, null until it arrives */
  live: Canvas | null;
  onClose: () => void;
};

/**
 * The instructor's view of a student's hand-ins beside the live canvas: pick one, see it
 * read-only next to the canvas as it is now, and what changed since.
 */
export default function HandinsDialog({ studentName, handins, live, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const latest = handins.at(-1);
  const [chosenId, setChosenId] = useState(latest?.id ?? '');
  const chosen = handins.find((h) => h.id === chosenId) ?? latest;
  const when = (at: string) => formatWhen(at, i18n.language);
  return (
    <Dialog
      title={t('versions:instructor.title', { name: studentName })}
      onClose={onClose}
      size="wide"
    >
      <label htmlFor={`${id}-pick`}>{t('versions:instructor.pick')}</label>{' '}
      <select
        id={`${id}-pick`}
        value={chosen?.id ?? ''}
        onChange={(e) => setChosenId(e.target.value)}
      >
        {[...handins].reverse().map((h) => (
          <option key={h.id} value={h.id}>
            {t('versions:instructor.option', { name: h.name, time: when(h.at), by: h.by })}
          </option>
        ))}
      </select>
      {chosen && (
        <div className="handins">
          <section className="handins__column" aria-labelledby={`${id}-frozen`}>
            <h3 id={`${id}-frozen`}>{t('versions:instructor.frozen', { name: chosen.name })}</h3>
            <p>{t('versions:instructor.frozenMeta', { by: chosen.by, time: when(chosen.at) })}</p>
            {chosen.canvas ? (
              <CanvasOverview canvas={chosen.canvas} />
            ) : (
              <p role="alert">{t('versions:instructor.unreadable')}</p>
            )}
          </section>
          <section className="handins__column" aria-labelledby={`${id}-live`}>
            <h3 id={`${id}-live`}>{t('versions:instructor.live')}</h3>
            {live ? <CanvasOverview canvas={live} /> : <p>{t('versions:instructor.waiting')}</p>}
          </section>
        </div>
      )}
      {chosen?.canvas && live && (
        <ChangeList
          before={chosen.canvas}
          after={live}
          heading={t('versions:changes.heading', { name: chosen.name })}
        />
      )}
    </Dialog>
  );
}
