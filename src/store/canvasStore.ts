import { temporal } from 'zundo';
import { create } from 'zustand';

import {
  createChannel,
  createEmptyCanvas,
  createId,
  createNote,
  createRelationship,
  createSegment,
  type Canvas,
  type CanvasLocale,
  type Channel,
  type ChannelChecklistItem,
  type ChannelChecklistQuestionId,
  type ChannelQuestionId,
  type CustomerArchetype,
  type Id,
  type Note,
  type NoteBlock,
  type RelationshipAssignment,
  type RelationshipType,
  type Segment,
  type Tactic,
} from '@/domain';

import { asTyping, continuesTypingBurst, isTypedPatch, patchFields } from './history';

/** The user's inputs: several canvases, one of them open. Results are derived, never stored. */
export type CanvasLibrary = {
  canvases: Record<Id, Canvas>;
  order: Id[];
  activeId: Id | null;
};

type Patch<T> = Partial<Omit<T, 'id'>>;

export type CanvasActions = {
  // library
  createCanvas: (init?: { name?: string; currency?: string; locale?: CanvasLocale }) => Id;
  /** Adds a copy of `canvas` under a new id (examples, imports, shared links) and opens it. */
  addCanvasCopy: (canvas: Canvas, name?: string) => Id;
  replaceCanvas: (id: Id, canvas: Canvas) => void;
  renameCanvas: (id: Id, name: string) => void;
  duplicateCanvas: (id: Id, name: string) => Id;
  deleteCanvas: (id: Id) => void;
  setActiveCanvas: (id: Id) => void;
  // the open canvas
  updateCanvas: (
    patch: Patch<Pick<Canvas, 'name' | 'currency' | 'locale' | 'description'>>,
  ) => void;
  updateSettings: (recipe: (settings: Canvas['settings']) => Canvas['settings']) => void;
  addSegment: (init?: Partial<Segment>) => Id;
  updateSegment: (id: Id, patch: Patch<Segment>) => void;
  /** One archetype answer at a time, so typing in it groups into one undo step like any text field. */
  updateSegmentArchetype: (id: Id, patch: Partial<CustomerArchetype>) => void;
  /** One channel answer at a time (§9.7), grouped into one undo step per question like a text field. */
  updateChannelAnswer: (segmentId: Id, question: ChannelQuestionId, answer: string) => void;
  /** One checklist question's answer or done mark (§9.7); the entry is created on first use. */
  updateChecklistItem: (
    questionId: ChannelChecklistQuestionId,
    patch: Partial<Omit<ChannelChecklistItem, 'questionId'>>,
  ) => void;
  removeSegment: (id: Id) => void;
  moveSegment: (from: number, to: number) => void;
  addRelationship: (segmentId: Id, type: RelationshipType) => Id;
  updateRelationship: (id: Id, patch: Patch<RelationshipAssignment>) => void;
  removeRelationship: (id: Id) => void;
  addChannel: (init?: Partial<Channel>) => Id;
  updateChannel: (id: Id, patch: Patch<Channel>) => void;
  removeChannel: (id: Id) => void;
  addTactic: (tactic: Tactic) => Id;
  updateTactic: (id: Id, patch: Patch<Tactic>) => void;
  removeTactic: (id: Id) => void;
  addNote: (block: NoteBlock, text?: string, linkedIds?: Id[]) => Id;
  updateNote: (block: NoteBlock, id: Id, patch: Patch<Note>) => void;
  removeNote: (block: NoteBlock, id: Id) => void;
  moveNote: (block: NoteBlock, from: number, to: number) => void;
};

export type CanvasStore = CanvasLibrary & CanvasActions;

export const EMPTY_LIBRARY: CanvasLibrary = { canvases: {}, order: [], activeId: null };

function move<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length)
    return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

const patchById = <T extends { id: Id }>(
  items: readonly T[],
  id: Id,
  patch: NoInfer<Partial<T>>,
): T[] => items.map((item) => (item.id === id ? { ...item, ...patch } : item));

const withoutId = (ids: readonly Id[] | undefined, id: Id) => ids?.filter((x) => x !== id);

/** Removes a segment and everything that only makes sense with it. */
function dropSegment(canvas: Canvas, id: Id): Canvas {
  const unlink = (notes: Note[]) =>
    notes.map((n) =>
      n.linkedIds?.includes(id) ? { ...n, linkedIds: withoutId(n.linkedIds, id) } : n,
    );
  return {
    ...canvas,
    segments: canvas.segments.filter((s) => s.id !== id),
    relationships: canvas.relationships.filter((r) => r.segmentId !== id),
    tactics: canvas.tactics.filter((t) => t.segmentId !== id),
    channels: canvas.channels.map((c) =>
      c.segmentIds.includes(id) ? { ...c, segmentIds: c.segmentIds.filter((s) => s !== id) } : c,
    ),
    valuePropositions: unlink(canvas.valuePropositions),
    revenueStreams: unlink(canvas.revenueStreams),
    keyResources: unlink(canvas.keyResources),
    keyActivities: unlink(canvas.keyActivities),
    keyPartners: unlink(canvas.keyPartners),
    costStructure: unlink(canvas.costStructure),
  };
}

function dropChannel(canvas: Canvas, id: Id): Canvas {
  return {
    ...canvas,
    channels: canvas.channels.filter((c) => c.id !== id),
    relationships: canvas.relationships.map((r) =>
      r.channelIds.includes(id) ? { ...r, channelIds: r.channelIds.filter((c) => c !== id) } : r,
    ),
    tactics: canvas.tactics.map((t) =>
      t.channelIds?.includes(id) ? { ...t, channelIds: withoutId(t.channelIds, id) } : t,
    ),
  };
}

export const useCanvasStore = create<CanvasStore>()(
  temporal(
    (set, get) => {
      /** Applies `recipe` to the open canvas; typed patches merge into one undo step per field. */
      const edit = (recipe: (canvas: Canvas) => Canvas, typingKey?: string) => {
        const apply = () =>
          set((state) => {
            const current = state.activeId ? state.canvases[state.activeId] : undefined;
            if (!current || !state.activeId) return state;
            return { canvases: { ...state.canvases, [state.activeId]: recipe(current) } };
          });
        if (typingKey) asTyping(typingKey, apply);
        else apply();
      };
      const typing = (key: string, patch: object) =>
        isTypedPatch(patch) ? `${key}:${patchFields(patch)}` : undefined;

      const addCanvas = (canvas: Canvas) => {
        set((state) => ({
          canvases: { ...state.canvases, [canvas.id]: canvas },
          order: [...state.order, canvas.id],
          activeId: canvas.id,
        }));
        return canvas.id;
      };

      return {
        ...EMPTY_LIBRARY,
        createCanvas: (init) => addCanvas(createEmptyCanvas(init)),
        addCanvasCopy: (canvas, name) =>
          addCanvas({
            ...structuredClone(canvas),
            id: createId('canvas'),
            name: name ?? canvas.name,
          }),
        replaceCanvas: (id, canvas) =>
          set((state) =>
            state.canvases[id]
              ? { canvases: { ...state.canvases, [id]: { ...canvas, id } } }
              : state,
          ),
        renameCanvas: (id, name) =>
          asTyping(`rename:${id}`, () =>
            set((state) => {
              const canvas = state.canvases[id];
              return canvas
                ? { canvases: { ...state.canvases, [id]: { ...canvas, name } } }
                : state;
            }),
          ),
        duplicateCanvas: (id, name) => {
          const source = get().canvases[id];
          return source
            ? addCanvas({ ...structuredClone(source), id: createId('canvas'), name })
            : id;
        },
        deleteCanvas: (id) =>
          set((state) => {
            const canvases = { ...state.canvases };
            delete canvases[id];
            const order = state.order.filter((x) => x !== id);
            return {
              canvases,
              order,
              activeId: state.activeId === id ? (order[0] ?? null) : state.activeId,
            };
          }),
        setActiveCanvas: (id) => set((state) => (state.canvases[id] ? { activeId: id } : state)),

        updateCanvas: (patch) => edit((c) => ({ ...c, ...patch }), typing('canvas', patch)),
        updateSettings: (recipe) => edit((c) => ({ ...c, settings: recipe(c.settings) })),

        addSegment: (init) => {
          const index =
            (get().activeId && get().canvases[get().activeId ?? '']?.segments.length) || 0;
          const segment = createSegment(init, index);
          edit((c) => ({ ...c, segments: [...c.segments, segment] }));
          return segment.id;
        },
        updateSegment: (id, patch) =>
          edit((c) => ({ ...c, segments: patchById(c.segments, id, patch) }), typing(id, patch)),
        updateSegmentArchetype: (id, patch) =>
          edit(
            (c) => ({
              ...c,
              segments: c.segments.map((s) =>
                s.id === id ? { ...s, archetype: { ...s.archetype, ...patch } } : s,
              ),
            }),
            typing(`${id}:archetype`, patch),
          ),
        updateChannelAnswer: (segmentId, question, answer) =>
          edit(
            (c) => ({
              ...c,
              segments: c.segments.map((s) =>
                s.id === segmentId
                  ? { ...s, channelAnswers: { ...s.channelAnswers, [question]: answer } }
                  : s,
              ),
            }),
            `${segmentId}:channelAnswers.${question}`,
          ),
        updateChecklistItem: (questionId, patch) =>
          edit(
            (c) => {
              const items = c.channelChecklist ?? [];
              const known = items.some((item) => item.questionId === questionId);
              return {
                ...c,
                channelChecklist: known
                  ? items.map((item) =>
                      item.questionId === questionId ? { ...item, ...patch } : item,
                    )
                  : [...items, { questionId, done: false, ...patch }],
              };
            },
            // typing an answer is one undo step; a done mark is a step of its own
            'answer' in patch ? `checklist:${questionId}` : undefined,
          ),
        removeSegment: (id) => edit((c) => dropSegment(c, id)),
        moveSegment: (from, to) => edit((c) => ({ ...c, segments: move(c.segments, from, to) })),

        addRelationship: (segmentId, type) => {
          const rel = createRelationship(segmentId, type);
          edit((c) => ({ ...c, relationships: [...c.relationships, rel] }));
          return rel.id;
        },
        updateRelationship: (id, patch) =>
          edit(
            (c) => ({ ...c, relationships: patchById(c.relationships, id, patch) }),
            typing(id, patch),
          ),
        removeRelationship: (id) =>
          edit((c) => ({ ...c, relationships: c.relationships.filter((r) => r.id !== id) })),

        addChannel: (init) => {
          const channel = createChannel(init);
          edit((c) => ({ ...c, channels: [...c.channels, channel] }));
          return channel.id;
        },
        updateChannel: (id, patch) =>
          edit((c) => ({ ...c, channels: patchById(c.channels, id, patch) }), typing(id, patch)),
        removeChannel: (id) => edit((c) => dropChannel(c, id)),

        addTactic: (tactic) => {
          edit((c) => ({ ...c, tactics: [...c.tactics, tactic] }));
          return tactic.id;
        },
        updateTactic: (id, patch) =>
          edit((c) => ({ ...c, tactics: patchById(c.tactics, id, patch) }), typing(id, patch)),
        removeTactic: (id) =>
          edit((c) => ({ ...c, tactics: c.tactics.filter((t) => t.id !== id) })),

        addNote: (block, text, linkedIds) => {
          const note = createNote(text, linkedIds);
          edit((c) => ({ ...c, [block]: [...c[block], note] }));
          return note.id;
        },
        updateNote: (block, id, patch) =>
          edit((c) => ({ ...c, [block]: patchById(c[block], id, patch) }), typing(id, patch)),
        removeNote: (block, id) =>
          edit((c) => ({ ...c, [block]: c[block].filter((n) => n.id !== id) })),
        moveNote: (block, from, to) => edit((c) => ({ ...c, [block]: move(c[block], from, to) })),
      };
    },
    {
      partialize: (state): Pick<CanvasLibrary, 'canvases' | 'order'> => ({
        canvases: state.canvases,
        order: state.order,
      }),
      equality: (a, b) => a.canvases === b.canvases && a.order === b.order,
      limit: 200,
      handleSet: (handleSet) => (pastState, replace) => {
        if (continuesTypingBurst()) return;
        handleSet(pastState, replace);
      },
    },
  ),
);
