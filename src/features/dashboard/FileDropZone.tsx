import { useId, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

type Props = { onFiles: (files: File[]) => void };

/** Where the instructor drops the class's canvas files; the button does the same by keyboard. */
export function FileDropZone({ onFiles }: Props) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [isOver, setIsOver] = useState(false);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault(); // allows the drop
    event.dataTransfer.dropEffect = 'copy';
    setIsOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };
  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = ''; // choosing the same files again must fire another change
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      className={isOver ? 'drop-zone drop-zone--over' : 'drop-zone'}
      onDragOver={onDragOver}
      onDragLeave={() => setIsOver(false)}
      onDrop={onDrop}
    >
      <p id={hintId} className="drop-zone__hint">
        {t('dashboard:drop.hint')}
      </p>
      <button
        type="button"
        className="button button--primary"
        aria-describedby={hintId}
        onClick={() => inputRef.current?.click()}
      >
        {t('dashboard:drop.choose')}
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('dashboard:drop.chooseLabel')}
        onChange={onChoose}
      />
    </div>
  );
}
