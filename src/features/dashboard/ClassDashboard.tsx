import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { downloadText } from '@/lib/download';
import { loadPresentCanvas } from '@/features/classroom';
import { LazyCommentsDialog } from '@/features/comments';
import { LazyHandinsDialog } from '@/features/versions';
import { useUiStore } from '@/store/uiStore';

import { ClassCard } from './ClassCard';
import { classCsv } from './classCsv';
import { filterSummaries, NO_FILTER, sortSummaries, type SortKey } from './classOrder';
import { summarize } from './classSummary';
import { ClassToolbar } from './ClassToolbar';
import { CompareDialog } from './CompareDialog';
import { useClassStore } from './classStore';
import { FileDropZone } from './FileDropZone';
import { FileFailures } from './FileFailures';
import { LiveClassHead } from './LiveClassHead';
import { readClassFiles } from './readClassFiles';
import { useLiveClass } from './useLiveClass';
import './dashboard.css';

const PresentCanvas = lazy(loadPresentCanvas);

/** Two to four canvases side by side: more would not fit a projector's width. */
export const MAX_COMPARED = 4;
const MIN_COMPARED = 2;

/** The instructor's view of the whole class: a card per canvas, sorted, filtered, compared. */
export default function ClassDashboard() {
  const { t, i18n } = useTranslation();
  const files = useClassStore((s) => s.canvases);
  const liveClass = useClassStore((s) => s.liveClass);
  const live = useLiveClass(liveClass);
  const failures = useClassStore((s) => s.failures);
  const [sort, setSort] = useState<SortKey>('name');
  const [filter, setFilter] = useState(NO_FILTER);
  const [compared, setCompared] = useState<string[]>([]);
  const [isComparing, setIsComparing] = useState(false);
  const [presented, setPresented] = useState<string | null>(null);
  const [commented, setCommented] = useState<string | null>(null);
  const [handinsOf, setHandinsOf] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const language = i18n.language;
  const titleRef = useRef<HTMLHeadingElement>(null);

  // The menu item that opened the dashboard is gone: the keyboard starts again from its title.
  useEffect(() => titleRef.current?.focus(), []);

  // The cards follow typing in the filter a frame later, so the field itself never waits.
  const deferredFilter = useDeferredValue(filter);
  // A live class's canvases first, then any dropped files: one class, one set of cards.
  const canvases = useMemo(() => [...live.entries, ...files], [live.entries, files]);
  const summaries = useMemo(() => canvases.map(summarize), [canvases]);
  const shown = useMemo(
    () => sortSummaries(filterSummaries(summaries, deferredFilter, language), sort, language),
    [summaries, deferredFilter, sort, language],
  );
  const byId = (id: string | null) => summaries.find((s) => s.entry.id === id);
  const comparedSummaries = compared.flatMap((id) => byId(id) ?? []);
  const presentedSummary = byId(presented);
  const commentedSummary = byId(commented);
  const handinsEntry = byId(handinsOf)?.entry;
  const commentedDoc = live.view?.canvases.find((c) => `live:${c.documentName}` === commented)?.doc;

  const addFiles = async (files: File[]) => {
    const { loaded, failed } = await readClassFiles(files);
    useClassStore.getState().addFiles(
      loaded,
      failed,
      files.map((f) => f.name),
    );
    setAnnouncement(
      t('dashboard:drop.done', { count: loaded.length }) +
        (failed.length > 0 ? ` ${t('dashboard:drop.failed', { count: failed.length })}` : ''),
    );
  };
  const close = () => {
    useUiStore.getState().closeDashboard();
    // Back in the main area the board now fills (it stays mounted behind the dashboard).
    document.getElementById('main')?.focus();
  };
  const onCompare = useCallback(
    (id: string, on: boolean) =>
      setCompared((ids) =>
        on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id),
      ),
    [],
  );
  const onRemove = useCallback((id: string) => {
    setCompared((ids) => ids.filter((x) => x !== id));
    useClassStore.getState().remove(id);
  }, []);
  // The whole class, whatever the filter shows, in the order on screen.
  const exportCsv = () =>
    downloadText(
      `${t('dashboard:csv.fileName')}.csv`,
      classCsv(sortSummaries(summaries, sort, language), t),
      'text/csv',
    );

  return (
    <div className="class-dashboard">
      <div className="class-dashboard__head">
        <h1 ref={titleRef} className="class-dashboard__title" tabIndex={-1}>
          {t('dashboard:title')}
        </h1>
        <button type="button" className="button" onClick={close}>
          {t('dashboard:close')}
        </button>
      </div>
      {liveClass && <LiveClassHead liveClass={liveClass} live={live} />}
      <FileDropZone onFiles={(files) => void addFiles(files)} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <FileFailures failures={failures} onDismiss={onRemove} />
      {summaries.length > 0 && (
        <>
          <ClassToolbar sort={sort} onSort={setSort} filter={filter} onFilter={setFilter} />
          <div className="class-dashboard__actions">
            <p className="class-dashboard__count" role="status">
              {t('dashboard:shown', { count: shown.length, total: summaries.length })}
            </p>
            <button
              type="button"
              className="button"
              disabled={comparedSummaries.length < MIN_COMPARED}
              onClick={() => setIsComparing(true)}
            >
              {t('dashboard:compare.open', { count: comparedSummaries.length })}
            </button>
            <button type="button" className="button" onClick={exportCsv}>
              {t('dashboard:csv.export')}
            </button>
          </div>
          <ul className="class-dashboard__cards">
            {shown.map((summary) => (
              <li key={summary.entry.id}>
                <ClassCard
                  summary={summary}
                  isCompared={compared.includes(summary.entry.id)}
                  canCompare={comparedSummaries.length < MAX_COMPARED}
                  onCompare={onCompare}
                  onPresent={setPresented}
                  onRemove={onRemove}
                  onComments={setCommented}
                  onHandins={setHandinsOf}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {isComparing && (
        <CompareDialog summaries={comparedSummaries} onClose={() => setIsComparing(false)} />
      )}
      {handinsEntry?.handins && (
        <Suspense fallback={null}>
          <LazyHandinsDialog
            studentName={handinsEntry.name}
            handins={handinsEntry.handins}
            live={handinsEntry.live?.hasCanvas ? handinsEntry.canvas : null}
            onClose={() => setHandinsOf(null)}
          />
        </Suspense>
      )}
      {commentedSummary && commentedDoc && (
        <Suspense fallback={null}>
          <LazyCommentsDialog
            doc={commentedDoc}
            canvas={commentedSummary.entry.canvas}
            owner={commentedSummary.entry.name}
            onClose={() => setCommented(null)}
          />
        </Suspense>
      )}
      {presentedSummary && (
        <Suspense fallback={null}>
          <PresentCanvas
            canvas={presentedSummary.entry.canvas}
            evaluation={presentedSummary.evaluation}
            onExit={() => setPresented(null)}
          />
        </Suspense>
      )}
    </div>
  );
}
