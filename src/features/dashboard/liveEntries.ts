import { createEmptyCanvas } from '@/domain';
import type { LiveClassCanvas, LiveProblem } from '@/features/live';

import type { ClassCanvas } from './classEntries';

// What a card stands on before its canvas arrives: it shows no figures, only that it waits.
const NOT_YET = createEmptyCanvas();

/**
 * The dashboard's entries for a live class's canvases. An entry whose canvas, names and
 * connection did not change is the previous one itself, so its card is not rebuilt: with forty
 * students typing, only the canvases that changed are evaluated again.
 */
export function liveEntries(
  canvases: readonly LiveClassCanvas[],
  previous: readonly ClassCanvas[],
): ClassCanvas[] {
  const before = new Map(previous.map((entry) => [entry.id, entry]));
  return canvases.map(
    ({ documentName, names, canvas, status, problem, openComments = 0, handins }) => {
      const id = `live:${documentName}`;
      const name = names
        .map((n) => n.trim())
        .filter(Boolean)
        .join(', ');
      const old = before.get(id);
      if (
        old?.live &&
        old.name === name &&
        old.canvas === (canvas ?? NOT_YET) &&
        old.live.connection === status.connection &&
        old.live.problem === problem &&
        old.live.openComments === openComments &&
        old.handins === handins
      )
        return old;
      return {
        id,
        name,
        canvas: canvas ?? NOT_YET,
        live: { connection: status.connection, problem, hasCanvas: canvas !== null, openComments },
        handins,
      };
    },
  );
}

/** The `dashboard:live.problem.*` key of a connection problem: the instructor's own wording. */
export function liveProblemKey(problem: LiveProblem): string {
  return problem.kind === 'refused' ? 'refused' : problem.code;
}
