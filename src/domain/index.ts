// The public surface of src/domain: other layers import the domain only from here.
// Each domain module adds its re-exports below.
export * from './schema';
export * from './types';
export { createId } from './ids';
export { DEFAULTS, createDefaultSettings, createEmptyCanvas } from './defaults';
export { DEFAULT_FACETS, createChannel, createNote, createRelationship, createSegment, createTactic } from './factories';
export { RULES, RULE_TARGETS, type RuleId, type RuleTarget } from './rules';
