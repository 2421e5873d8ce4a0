// The public surface of src/domain: other layers import the domain only from here.
export * from './schema';
export * from './types';
export { createId } from './ids';
export {
  DEFAULTS,
  TOUCH_BY_TYPE,
  createDefaultSettings,
  createEmptyCanvas,
  type FlagDefault,
  type NumericDefault,
  type ParamDefault,
} from './defaults';
export { SOURCES, type Source, type SourceId } from './sources';
export { computeRelationshipCost } from './costs';
export { breakEvenCurve, computeSegmentEconomics } from './economics';
export { evaluateCanvas } from './evaluate';
export { sameEvaluationInputs } from './evaluationInputs';
export { resolveParams, type Params } from './params';
export { minorUnitDigits, roundFigure, type FigureKind } from './rounding';
export {
  DEFAULT_FACETS,
  createChannel,
  createNote,
  createRelationship,
  createSegment,
  createTactic,
} from './factories';
export { RULES, RULE_TARGETS, type RuleId, type RuleTarget } from './rules';
export {
  CANVAS_FILE_FORMAT,
  MAX_FILE_CHARS,
  parseCanvasFile,
  serializeCanvasFile,
  type CanvasFileProblem,
  type CanvasFileProblemCode,
  type ParseCanvasFileResult,
} from './file';
export {
  CURRENT_CANVAS_VERSION,
  migrateCanvasData,
  type CanvasMigrationStep,
  type MigrationAdjustment,
  type MigrationResult,
} from './migrations';
export { parseJsonSafely } from './safeJson';
// The example canvases are imported from '@/domain/examples' (an exception to importing the
// domain from this index): they are big, and the app loads them only when it shows them.
// Likewise `diffCanvases` from '@/domain/canvasDiff': only the lazily loaded versions and
// hand-ins views use it, and the first screen's bundle has no room for it.
