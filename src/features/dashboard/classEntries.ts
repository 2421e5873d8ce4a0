import type { Canvas } from '@/domain';
import type { ImportOutcome } from '@/features/exchange';
import type { Connection, LiveProblem } from '@/features/live';
import type { HandinView } from '@/features/versions';

/** How a live canvas reaches the dashboard; `hasCanvas` is false until it first arrives. */
export type LiveCardState = {
  connection: Connection;
  problem: LiveProblem | null;
  hasCanvas: boolean;
  /** Comment threads not resolved yet. */
  openComments: number;
};

/**
 * One student's (or team's) canvas on the dashboard. `name` is whose it is, as the instructor
 * knows them; `fileName` is set for a canvas read from a file, `live` for one followed live.
 */
export type ClassCanvas = {
  id: string;
  name: string;
  canvas: Canvas;
  fileName?: string;
  live?: LiveCardState;
  /** a live canvas's hand-ins, oldest first */
  handins?: readonly HandinView[];
};

/** A dropped file that could not be read; its message is built in the user's language when shown. */
export type FileFailure = {
  id: string;
  fileName: string;
  fileSize: number;
  outcome: Extract<ImportOutcome, { ok: false }>;
};

const EXTENSIONS = /(\.vinculo)?\.json$/i;

/** "ana-garcia.vinculo.json" → "ana-garcia": students send files named after themselves. */
export function baseName(fileName: string): string {
  return fileName.replace(EXTENSIONS, '').trim();
}

/**
 * Who a canvas belongs to: the file's name, else the canvas's. A backup file holds several
 * canvases, so each is named after the file and its own name.
 */
export function displayName(fileName: string, canvas: Canvas, inBackup: boolean): string {
  const file = baseName(fileName);
  const own = canvas.name.trim();
  if (inBackup && file && own) return `${file} · ${own}`;
  return file || own;
}
