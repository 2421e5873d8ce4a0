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
export { computeSegmentEconomics } from './economics';
export { evaluateCanvas } from './evaluate';
export {
  DEFAULT_FACETS,
  createChannel,
  createNote,
  createRelationship,
  createSegment,
  createTactic,
} from './factories';
export { RULES, RULE_TARGETS, type RuleId, type RuleTarget } from './rules';
