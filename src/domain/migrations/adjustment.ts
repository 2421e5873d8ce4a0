/**
 * A value a migration step had to change so that old data fits the new version, e.g. a churn
 * of 1 stored by the first edition: `{ path: ['segments', 0, 'monthlyChurn'], from: 1, to: 0.999 }`.
 * Paths start at the canvas, like schema problems.
 */
export interface MigrationAdjustment {
  path: (string | number)[];
  from: number | string;
  to: number | string;
}
