import type { TFunction } from 'i18next';

import { type CommentTarget, targetKey, type Thread } from '@/collab';
import { CANVAS_BLOCKS, type Canvas, NOTE_BLOCKS } from '@/domain';

export type TargetOption = { target: CommentTarget; key: string; label: string };

const NOTE_PREVIEW = 40;

/** Everything of a canvas a comment can be about, named as the board names it, board order. */
export function commentTargets(canvas: Canvas, t: TFunction): TargetOption[] {
  const option = (target: CommentTarget, label: string): TargetOption => ({
    target,
    key: targetKey(target),
    label,
  });
  const segmentName = (id: string) => {
    const segment = canvas.segments.find((s) => s.id === id);
    return segment?.name.trim() || t('editor:segment.unnamed');
  };
  const blocks = CANVAS_BLOCKS.map((block) =>
    option({ kind: 'block', id: block }, t(`common:block.${block}.title`)),
  );
  const segments = canvas.segments.map((s) =>
    option({ kind: 'segment', id: s.id }, segmentName(s.id)),
  );
  const relationships = canvas.relationships.map((r) =>
    option(
      { kind: 'relationship', id: r.id },
      t('comments:target.relationship', {
        segment: segmentName(r.segmentId),
        type: t(`common:enum.relationshipType.${r.type}`),
      }),
    ),
  );
  const notes = NOTE_BLOCKS.flatMap((block) =>
    canvas[block].map((note) => {
      const text = note.text.trim();
      const preview =
        text.length > NOTE_PREVIEW ? `${text.slice(0, NOTE_PREVIEW).trimEnd()}…` : text;
      return option(
        { kind: 'note', id: note.id },
        t('comments:target.note', {
          block: t(`common:block.${block}.title`),
          text: preview || t('comments:target.emptyNote'),
        }),
      );
    }),
  );
  return [...blocks, ...segments, ...relationships, ...notes];
}

export type ThreadCount = { open: number; total: number };

/** Open and total threads per target key: what a marker shows. */
export function countThreads(threads: readonly Thread[]): Map<string, ThreadCount> {
  const counts = new Map<string, ThreadCount>();
  for (const thread of threads) {
    const key = targetKey(thread.target);
    const count = counts.get(key) ?? { open: 0, total: 0 };
    counts.set(key, {
      open: count.open + (thread.resolved ? 0 : 1),
      total: count.total + 1,
    });
  }
  return counts;
}
