import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { Dialog } from '@/components/Dialog';
import { Tabs } from '@/components/Tabs';
import { useFocusTarget } from '@/hooks/useFocusTarget';
import { focusField } from '@/lib/focusField';
import { useCanvasStore } from '@/store/canvasStore';
import { useActiveCanvas, useResults } from '@/store/selectors';
import { fieldId, useUiStore } from '@/store/uiStore';

import { ChannelChecklist } from './ChannelChecklist';
import { ChannelEconomicsView } from './ChannelEconomicsView';
import { ChannelEditor } from './ChannelEditor';
import { ChannelQuestions } from './ChannelQuestions';
import { ChannelList } from './ChannelList';
import { PhaseMatrix } from './PhaseMatrix';
import './channels.css';

type Props = { channelId?: string };

type ChannelTab = 'channels' | 'economics' | 'questions' | 'checklist';

/**
 * The economics tab's figures and canvas: one version, settled (once edits pause). Read here,
 * not in the dialog, so when the figures follow, this tab renders again, not the whole dialog.
 */
function EconomicsTab({ selectedId }: { selectedId: string | null }) {
  const results = useResults('settled');
  if (!results) return null;
  return (
    <ChannelEconomicsView
      canvas={results.canvas}
      evaluation={results.evaluation}
      selectedId={selectedId}
    />
  );
}

/** The channels block: a list, the editor of the chosen channel and the segment × phase matrix. */
export function ChannelsDialog({ channelId }: Props) {
  const { t } = useTranslation();
  const matrixHeading = useId();
  const addButtonId = useId();
  const canvas = useActiveCanvas();
  const addChannel = useCanvasStore((s) => s.addChannel);
  const removeChannel = useCanvasStore((s) => s.removeChannel);
  const closePanel = useUiStore((s) => s.closePanel);
  const focusTarget = useUiStore((s) => s.focusTarget);
  const clearFocusTarget = useUiStore((s) => s.clearFocusTarget);
  const channels = canvas?.channels ?? [];
  const [selectedId, setSelectedId] = useState<string | null>(channelId ?? null);
  const [tab, setTab] = useState<ChannelTab>('channels');
  const pendingFocus = useRef<string | null>(null);

  // A field to focus may belong to another channel: open that one in this very render.
  const [seenTarget, setSeenTarget] = useState<string | null>(null);
  if (focusTarget !== seenTarget) {
    setSeenTarget(focusTarget);
    const owner = focusTarget
      ? channels.find((c) => focusTarget.startsWith(fieldId(c.id, '')))
      : undefined;
    if (owner) {
      setSelectedId(owner.id);
      setTab('channels');
    }
  }
  useFocusTarget(focusTarget, clearFocusTarget);
  useEffect(() => {
    if (!pendingFocus.current) return;
    focusField(pendingFocus.current);
    pendingFocus.current = null;
  });

  // The same function on every render, so the matrix's memoised rows stay put.
  const openFromMatrix = useCallback((id: string) => {
    setSelectedId(id);
    pendingFocus.current = fieldId(id, 'name');
  }, []);

  if (!canvas) return null;
  const selected = channels.find((c) => c.id === selectedId) ?? channels[0];

  const add = () => {
    const id = addChannel();
    setSelectedId(id);
    pendingFocus.current = fieldId(id, 'name');
  };
  const remove = (id: string) => {
    const index = channels.findIndex((c) => c.id === id);
    const next = channels[index + 1] ?? channels[index - 1];
    removeChannel(id);
    setSelectedId(next?.id ?? null);
    // keep the keyboard user in place: on the next channel, or on "Add" when none is left
    pendingFocus.current = next ? fieldId(next.id, 'name') : addButtonId;
  };

  return (
    <Dialog title={t('channels:title')} onClose={closePanel} size="wide">
      <Tabs
        label={t('numbers:tabs.label')}
        active={tab}
        onChange={setTab}
        tabs={[
          {
            id: 'channels',
            label: t('numbers:tabs.channels'),
            panel: (
              <>
                <p className="channels__intro">{t('channels:intro')}</p>
                <div className="channels__layout">
                  <ChannelList
                    channels={channels}
                    segments={canvas.segments}
                    selectedId={selected?.id ?? null}
                    onSelect={setSelectedId}
                    onAdd={add}
                    addButtonId={addButtonId}
                  />
                  {selected ? (
                    <ChannelEditor
                      key={selected.id}
                      canvas={canvas}
                      channel={selected}
                      onDelete={() => remove(selected.id)}
                    />
                  ) : (
                    <p className="channels__help">{t('channels:noneSelected')}</p>
                  )}
                </div>
                <section className="channels__matrix" aria-labelledby={matrixHeading}>
                  <h3 id={matrixHeading} className="channels__heading">
                    {t('channels:matrix.heading')}
                  </h3>
                  <p className="channels__help">{t('channels:matrix.intro')}</p>
                  <PhaseMatrix
                    segments={canvas.segments}
                    channels={channels}
                    onSelect={openFromMatrix}
                  />
                </section>
              </>
            ),
          },
          {
            id: 'economics',
            label: t('numbers:tabs.economics'),
            panel: <EconomicsTab selectedId={selected?.id ?? null} />,
          },
          {
            id: 'questions',
            label: t('numbers:tabs.questions'),
            panel: <ChannelQuestions canvas={canvas} />,
          },
          {
            id: 'checklist',
            label: t('numbers:tabs.checklist'),
            panel: <ChannelChecklist canvas={canvas} />,
          },
        ]}
      />
    </Dialog>
  );
}
