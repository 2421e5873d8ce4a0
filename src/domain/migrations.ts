/**
 * Versions of the canvas data and the ordered, named, pure steps that upgrade old data.
 * Shared by the exchange file (`file.ts`) and by stored canvases, so it knows nothing about
 * envelopes: it takes the canvas data and the version it was written with.
 *
 * Append-only. To change the canvas shape: add `NextName: 2` to CANVAS_VERSIONS, append a step
 * `{ version: 2, name: 'NextName', up }` to CANVAS_MIGRATIONS, keep a v1 fixture in the tests.
 */

import { secondEdition } from './migrations/secondEdition';
import type { MigrationAdjustment } from './migrations/adjustment';

export type { MigrationAdjustment } from './migrations/adjustment';

export const CANVAS_VERSIONS = {
  Initial: 1,
  SecondEdition: 2,
} as const;

/** The version this code writes; every version above `Initial` up to it needs one step. */
export const CURRENT_CANVAS_VERSION: number = CANVAS_VERSIONS.SecondEdition;

export interface CanvasMigrationStep {
  /** The version this step produces; it receives data of version `version - 1`. */
  readonly version: number;
  /** The key of this version in CANVAS_VERSIONS, for error reports and tests. */
  readonly name: string;
  /**
   * Pure: returns the upgraded data. It may throw on data it cannot upgrade. A value it has to
   * change to fit the new version is reported through `adjust`, so the user can be told.
   */
  readonly up: (data: unknown, adjust: (adjustment: MigrationAdjustment) => void) => unknown;
}

export const CANVAS_MIGRATIONS: readonly CanvasMigrationStep[] = [
  { version: CANVAS_VERSIONS.SecondEdition, name: 'SecondEdition', up: secondEdition },
];

export type MigrationFailureCode =
  'newer_version' | 'invalid_version' | 'migration_failed' | 'missing_step';

export type MigrationResult =
  | { ok: true; data: unknown; migratedFrom?: number; adjustments?: MigrationAdjustment[] }
  | { ok: false; code: MigrationFailureCode; stepName?: string };

/**
 * Brings canvas data written with `fromVersion` up to `currentVersion`, running every step above
 * `fromVersion` in version order. Never throws and never mutates `data` (steps get a deep copy).
 * `fromVersion` is `unknown` because callers read it straight from untrusted JSON.
 *
 * @example migrateCanvasData(canvas, 1) // { ok: true, data: canvas }
 * @example migrateCanvasData(canvas, 999) // { ok: false, code: 'newer_version' }
 */
export function migrateCanvasData(
  data: unknown,
  fromVersion: unknown,
  steps: readonly CanvasMigrationStep[] = CANVAS_MIGRATIONS,
  currentVersion: number = CURRENT_CANVAS_VERSION,
): MigrationResult {
  if (!isVersionNumber(fromVersion)) return { ok: false, code: 'invalid_version' };
  if (fromVersion > currentVersion) return { ok: false, code: 'newer_version' };
  if (fromVersion === currentVersion) return { ok: true, data };

  const pending: CanvasMigrationStep[] = [];
  for (let version = fromVersion + 1; version <= currentVersion; version++) {
    const step = steps.find((candidate) => candidate.version === version);
    if (!step) return { ok: false, code: 'missing_step' };
    pending.push(step);
  }

  let stepName: string | undefined;
  const adjustments: MigrationAdjustment[] = [];
  const adjust = (adjustment: MigrationAdjustment) => adjustments.push(adjustment);
  try {
    // A copy, so a step that edits its argument in place cannot touch the caller's data.
    let migrated = structuredClone(data);
    for (const step of pending) {
      stepName = step.name;
      migrated = step.up(migrated, adjust);
    }
    return adjustments.length > 0
      ? { ok: true, data: migrated, migratedFrom: fromVersion, adjustments }
      : { ok: true, data: migrated, migratedFrom: fromVersion };
  } catch {
    return stepName === undefined
      ? { ok: false, code: 'migration_failed' }
      : { ok: false, code: 'migration_failed', stepName };
  }
}

/**
 * Throws unless `steps` holds exactly one step for each version 2..`currentVersion`, in
 * ascending order, with distinct names. Run by a test so a version bump without a step fails CI.
 */
export function assertMigrationChainComplete(
  steps: readonly CanvasMigrationStep[],
  currentVersion: number,
): void {
  const problems = findMigrationChainProblems(steps, currentVersion);
  if (problems.length > 0) {
    throw new Error(`Canvas migration chain is broken:\n${problems.join('\n')}`);
  }
}

function findMigrationChainProblems(
  steps: readonly CanvasMigrationStep[],
  currentVersion: number,
): string[] {
  const problems: string[] = [];
  const first = CANVAS_VERSIONS.Initial + 1;
  for (let version = first; version <= currentVersion; version++) {
    const count = steps.filter((step) => step.version === version).length;
    if (count === 0) problems.push(`no step produces version ${version}`);
    if (count > 1) problems.push(`${count} steps produce version ${version}`);
  }
  for (const step of steps) {
    if (!isVersionNumber(step.version) || step.version < first || step.version > currentVersion) {
      problems.push(
        `step "${step.name}" produces version ${step.version}, outside ${first}..${currentVersion}`,
      );
    }
  }
  steps.forEach((step, index) => {
    const previous = steps[index - 1];
    if (previous && previous.version >= step.version) {
      problems.push(`step "${step.name}" is listed after "${previous.name}"; keep version order`);
    }
  });
  const names = steps.map((step) => step.name);
  for (const name of new Set(names)) {
    if (name.trim() === '') problems.push('a step has an empty name');
    else if (names.indexOf(name) !== names.lastIndexOf(name)) {
      problems.push(`the name "${name}" is used by more than one step`);
    }
  }
  return problems;
}

function isVersionNumber(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isSafeInteger(value) && value >= CANVAS_VERSIONS.Initial
  );
}
