import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { exportCanvasPng, loadPrintFlow, useBrowserPrint } from '@/features/exchange';
import { loadGalleryDialog } from '@/features/gallery';
import { loadGuidedTour } from '@/features/guide';
import { LiveClassDialog } from '@/features/live';
import { registerServiceWorker, useOfflineReady } from '@/features/pwa';
import { loadGuideSeen, saveGuideSeen } from '@/persistence/guidePreference';
import type { InstructorClass } from '@/persistence/liveDocs';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/selectors';
import { useUiStore, type ClassroomView } from '@/store/uiStore';

import './ClassroomMenu.css';

// Each view is its own chunk, fetched when first opened (or when the menu opens, to save a beat).
const loadPresentation = () => import('./PresentationMode');
const GalleryDialog = lazy(loadGalleryDialog);
const PresentationMode = lazy(loadPresentation);
const PrintFlow = lazy(loadPrintFlow);
const GuidedTour = lazy(loadGuidedTour);

type Status = 'pngDone' | 'pngFailed' | null;

const MENU_ITEMS = ['gallery', 'present', 'live', 'print', 'png', 'guide', 'dashboard'] as const;
type MenuItem = (typeof MENU_ITEMS)[number];
const NEEDS_CANVAS: readonly MenuItem[] = ['present', 'print', 'png'];

/**
 * The classroom tools in the header: examples gallery, presentation, live class, print, PNG,
 * the guided tour and the class dashboard, plus an offer of the tour to people who have not
 * seen it yet. What is open lives in the UI store; app/ shows the dashboard it opens.
 */
export type ClassroomMenuProps = {
  /** Opens the class dashboard on a live class; app/ wires it, so classroom need not know the dashboard. */
  onOpenLiveClass: (entry: InstructorClass) => void;
};

export default function ClassroomMenu({ onOpenLiveClass }: ClassroomMenuProps) {
  const { t } = useTranslation();
  // Its name only, not the canvas: the menu stays still while the user types on the board.
  const canvasName = useCanvasStore((s) => canvasSelectors.active(s)?.name ?? null);
  const hasCanvas = canvasName !== null;
  const view = useUiStore((s) => s.view);
  const [expanded, setExpanded] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [offerTour, setOfferTour] = useState(() => !loadGuideSeen());
  const offlineReady = useOfflineReady();
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const listId = useId();

  // Spec decision: the service worker is registered here, after the first screen, not in main.tsx.
  useEffect(registerServiceWorker, []);
  const browserPrintout = useBrowserPrint(view !== 'print' && hasCanvas);

  useEffect(() => {
    if (!expanded) return;
    void loadPresentation();
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target))
        setExpanded(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [expanded]);

  const open = (next: ClassroomView) => {
    setExpanded(false);
    setStatus(null);
    if (next === 'guide') setOfferTour(false);
    useUiStore.getState().openView(next);
  };
  const closeView = useCallback(() => useUiStore.getState().closeView(), []);

  // Back to the menu button once a view closes: after the view's own clean-up, which may try
  // to focus the (now hidden) menu item that opened it.
  const previousView = useRef(view);
  useEffect(() => {
    if (previousView.current && !view) triggerRef.current?.focus();
    previousView.current = view;
  }, [view]);
  const downloadPng = async () => {
    setExpanded(false);
    triggerRef.current?.focus();
    if (canvasName === null) return;
    try {
      await exportCanvasPng(canvasName, t('persistence:unnamed'));
      setStatus('pngDone');
    } catch {
      setStatus('pngFailed');
    }
  };
  const declineTour = () => {
    saveGuideSeen();
    setOfferTour(false);
  };

  const openDashboard = () => {
    setExpanded(false);
    useUiStore.getState().openDashboard();
  };
  const choose = (item: MenuItem) =>
    item === 'png' ? void downloadPng() : item === 'dashboard' ? openDashboard() : open(item);
  const labels: Record<MenuItem, string> = {
    gallery: t('classroom:menu.gallery'),
    present: t('classroom:menu.present'),
    live: t('classroom:menu.live'),
    print: t('classroom:menu.print'),
    png: t('classroom:menu.png'),
    guide: t('classroom:menu.guide'),
    dashboard: t('dashboard:menu.open'),
  };

  return (
    <div
      ref={rootRef}
      className="classroom-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && expanded) {
          event.stopPropagation();
          setExpanded(false);
          triggerRef.current?.focus();
        }
      }}
    >
      <button
        ref={triggerRef}
        type="button"
        className="button button--small app-header__button"
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={() => setExpanded((e) => !e)}
      >
        {t('common:app.classroom')} <span aria-hidden="true">▾</span>
      </button>
      <ul id={listId} className="classroom-menu__list" hidden={!expanded}>
        {MENU_ITEMS.map((item) => (
          <li key={item}>
            <button
              type="button"
              className="classroom-menu__item"
              onClick={() => choose(item)}
              disabled={!hasCanvas && NEEDS_CANVAS.includes(item)}
            >
              {labels[item]}
            </button>
          </li>
        ))}
        {offlineReady && (
          <li className="classroom-menu__note">{t('classroom:menu.offlineReady')}</li>
        )}
      </ul>
      {/* Spec decision: the tour is offered, not started, once a canvas exists (after the first-run choice). */}
      {offerTour && hasCanvas && view === null && (
        <span className="classroom-menu__offer">
          <button
            type="button"
            className="button button--small app-header__button"
            onClick={() => open('guide')}
          >
            {t('classroom:guide.offer')}
          </button>
          <button
            type="button"
            className="button button--small app-header__button"
            onClick={declineTour}
            aria-label={t('classroom:guide.decline')}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </span>
      )}
      <span
        className={status === 'pngFailed' ? 'classroom-menu__status' : 'visually-hidden'}
        role="status"
      >
        {status && t(`classroom:png.${status}`)}
      </span>
      {browserPrintout}
      <Suspense fallback={null}>
        {view === 'gallery' && <GalleryDialog onClose={closeView} />}
        {view === 'present' && <PresentationMode onExit={closeView} />}
        {view === 'live' && <LiveClassDialog onClose={closeView} onOpenClass={onOpenLiveClass} />}
        {view === 'print' && <PrintFlow onDone={closeView} />}
        {view === 'guide' && <GuidedTour onClose={closeView} />}
      </Suspense>
    </div>
  );
}
