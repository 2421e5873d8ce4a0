import type { RelationshipType } from '@/domain';
import type { NumericParam } from '@/store/scenarioStore';

/** The few cost drivers per type worth trying in a what-if (the domain's cost models, src/domain/costModels.ts); the rest stay as set. */
export const SCENARIO_PARAMS = {
  personal_assistance: ['contactsPerCustomerMonth', 'handleMinutes', 'loadedHourlyCost'],
  dedicated_personal_assistance: ['accountsPerManager', 'managerMonthlyCost'],
  self_service: ['selfServiceContactsPerCustomerMonth', 'escalationRate'],
  automated_services: ['setupCost', 'fixedMonthly', 'varPerCustomer'],
  communities: ['participationRate', 'activeMembersPerModerator', 'moderatorMonthlyCost'],
  co_creation: ['reviewTeamMonthly', 'contributorRevenueShare'],
} as const satisfies Record<RelationshipType, readonly NumericParam[]>;

export type ScenarioParam = (typeof SCENARIO_PARAMS)[RelationshipType][number];

/** Parameters that are ratios 0..1, shown as percentages. */
export const RATIO_PARAMS: ReadonlySet<ScenarioParam> = new Set([
  'escalationRate',
  'participationRate',
  'contributorRevenueShare',
]);
