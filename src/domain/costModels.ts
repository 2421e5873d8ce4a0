/**
 * The six type-specific cost sub-models of DOMAIN.md §2.3 (a–f). Each returns the running parts
 * of one relationship's monthly cost (costs.ts adds the amortised set-up and the totals); given
 * an `explain` list, it also appends the steps behind them.
 */
import { CORE_CONTRIBUTOR_SHARE } from './defaults';
import { explainStep as step } from './explain';
import { wholeUnits } from './math';
import { escalationCost, resolveParams, type Params } from './params';
import type { RelationshipAssignment, RelationshipType } from './schema';
import type { SegmentInputs } from './segmentInputs';
import type { ExplainStep, RelationshipCostBreakdown } from './types';

/** The parts a model reports; the ones its type does not have are 0. */
export type ModelParts = Pick<
  RelationshipCostBreakdown,
  | 'fixedMonthly'
  | 'staffMonthly'
  | 'variableMonthly'
  | 'revenueShareMonthly'
  | 'savingsMonthly'
  | 'variablePerSegmentCustomer'
  | 'staff'
  | 'staffStep'
>;

export interface ModelInput {
  inputs: SegmentInputs;
  rel: RelationshipAssignment;
  p: Params;
  /** customers served: coverage × size */
  served: number;
  /** ARPU net of partner margins (0 while not entered) */
  revenuePerCustomer: number;
}

type CostModel = (input: ModelInput, explain?: ExplainStep[]) => ModelParts;

/** One live contact of a personal-assistance relationship: in-house time or the outsourced price. */
function personalCostPerContact(rel: RelationshipAssignment, p: Params): number {
  if (rel.facets.provider === 'third_party') return p.outsourcedCostPerContact;
  return (p.handleMinutes / 60) * p.loadedHourlyCost;
}

/** (a) contacts × handle time × loaded hourly cost, or whole FTEs in step mode. */
const personalAssistance: CostModel = ({ rel, p, served }, explain) => {
  const perCustomer = p.contactsPerCustomerMonth;
  const contacts = served * perCustomer;
  const costPerContact = personalCostPerContact(rel, p);
  const variableMonthly = contacts * costPerContact;
  explain?.push(
    step('domain:explain.cost.fixed', { result: p.fixedMonthly }),
    step('domain:explain.personal.contacts', { served, perCustomer, result: contacts }),
  );
  const variableStep = () =>
    step('domain:explain.personal.variable', { contacts, costPerContact, result: variableMonthly });

  // Spec decision: a third-party provider bills per contact, so there are no own FTEs or steps.
  if (rel.facets.provider === 'third_party') {
    explain?.push(
      step('domain:explain.personal.outsourcedCostPerContact', { result: costPerContact }),
      variableStep(),
    );
    return {
      staffMonthly: 0,
      revenueShareMonthly: 0,
      savingsMonthly: 0,
      fixedMonthly: p.fixedMonthly,
      variableMonthly,
      variablePerSegmentCustomer: rel.coverage * perCustomer * costPerContact,
    };
  }

  const minutes = p.handleMinutes;
  const hourly = p.loadedHourlyCost;
  const hoursPerFte = p.productiveHoursPerFte;
  const fte = (contacts * minutes) / 60 / hoursPerFte;
  explain?.push(
    step('domain:explain.personal.costPerContact', { minutes, hourly, result: costPerContact }),
    step('domain:explain.personal.fte', { contacts, minutes, hoursPerFte, result: fte }),
  );
  if (!p.stepStaffing) {
    explain?.push(variableStep());
    return {
      staffMonthly: 0,
      revenueShareMonthly: 0,
      savingsMonthly: 0,
      fixedMonthly: p.fixedMonthly,
      variableMonthly,
      variablePerSegmentCustomer: rel.coverage * perCustomer * costPerContact,
      staff: { fte },
    };
  }
  const people = wholeUnits(fte);
  const costPerPerson = hourly * hoursPerFte;
  const staffMonthly = people * costPerPerson;
  explain?.push(
    step('domain:explain.personal.stepStaff', {
      people,
      hourly,
      hoursPerFte,
      result: staffMonthly,
    }),
  );
  return {
    variableMonthly: 0,
    revenueShareMonthly: 0,
    savingsMonthly: 0,
    variablePerSegmentCustomer: 0,
    fixedMonthly: p.fixedMonthly,
    staffMonthly,
    staff: { fte },
    staffStep: {
      peoplePerCustomer: (rel.coverage * perCustomer * minutes) / 60 / hoursPerFte,
      costPerPerson,
    },
  };
};

/** (b) ⌈served ÷ accounts per manager⌉ managers × manager cost. */
const dedicatedAssistance: CostModel = ({ rel, p, served }, explain) => {
  const accounts = p.accountsPerManager;
  const managerCost = p.managerMonthlyCost;
  const managers = wholeUnits(served / accounts);
  const staffMonthly = managers * managerCost;
  explain?.push(
    step('domain:explain.cost.fixed', { result: p.fixedMonthly }),
    step('domain:explain.dedicated.managers', { served, accounts, result: managers }),
    step('domain:explain.dedicated.staff', { managers, managerCost, result: staffMonthly }),
  );
  return {
    variableMonthly: 0,
    revenueShareMonthly: 0,
    savingsMonthly: 0,
    variablePerSegmentCustomer: 0,
    fixedMonthly: p.fixedMonthly,
    staffMonthly,
    staff: { managers },
    staffStep: { peoplePerCustomer: rel.coverage / accounts, costPerPerson: managerCost },
  };
};

/** (c) self-service contacts × (their own cost + escalated share × live cost). */
const selfService: CostModel = ({ inputs, rel, p, served }, explain) => {
  const perCustomer = p.selfServiceContactsPerCustomerMonth;
  const selfServiceCost = p.costPerSelfServiceContact;
  const escalationRate = p.escalationRate;
  const liveCost = escalationCost(inputs.settings);
  const costPerContact = selfServiceCost + escalationRate * liveCost;
  const contacts = served * perCustomer;
  const variableMonthly = contacts * costPerContact;
  explain?.push(
    step('domain:explain.cost.fixed', { result: p.fixedMonthly }),
    step('domain:explain.selfService.contacts', { served, perCustomer, result: contacts }),
    step('domain:explain.selfService.costPerContact', {
      selfServiceCost,
      escalationRate,
      liveCost,
      result: costPerContact,
    }),
    step('domain:explain.selfService.variable', {
      contacts,
      costPerContact,
      result: variableMonthly,
    }),
  );
  return {
    staffMonthly: 0,
    revenueShareMonthly: 0,
    savingsMonthly: 0,
    fixedMonthly: p.fixedMonthly,
    variableMonthly,
    variablePerSegmentCustomer: rel.coverage * perCustomer * costPerContact,
  };
};

/** (d) tiny cost per customer plus the few contacts escalated to a person. */
const automatedServices: CostModel = ({ inputs, rel, p, served }, explain) => {
  const perCustomer = p.varPerCustomer;
  const contacts = p.selfServiceContactsPerCustomerMonth;
  const escalationRate = p.escalationRate;
  const liveCost = escalationCost(inputs.settings);
  const escalations = contacts * escalationRate * liveCost;
  const variableMonthly = served * (perCustomer + escalations);
  explain?.push(
    step('domain:explain.cost.fixed', { result: p.fixedMonthly }),
    step('domain:explain.automated.escalations', {
      contacts,
      escalationRate,
      liveCost,
      result: escalations,
    }),
    step('domain:explain.automated.variable', {
      served,
      perCustomer,
      escalations,
      result: variableMonthly,
    }),
  );
  return {
    staffMonthly: 0,
    revenueShareMonthly: 0,
    savingsMonthly: 0,
    fixedMonthly: p.fixedMonthly,
    variableMonthly,
    variablePerSegmentCustomer: rel.coverage * (perCustomer + escalations),
  };
};

/**
 * Live contacts of the segment's personal-assistance relationships and what they cost.
 * Spec decision: deflected contacts save each relationship's own cost per contact.
 */
function assistedContacts(inputs: SegmentInputs): { contacts: number; cost: number } {
  let contacts = 0;
  let cost = 0;
  for (const rel of inputs.relationships) {
    if (rel.type !== 'personal_assistance') continue;
    const p = resolveParams(inputs.settings, rel.type, rel.params);
    const relContacts = rel.coverage * inputs.segment.size * p.contactsPerCustomerMonth;
    contacts += relContacts;
    cost += relContacts * personalCostPerContact(rel, p);
  }
  return { contacts, cost };
}

/** (e) platform + moderators per active member; deflected contacts shown as savings. */
const communities: CostModel = ({ inputs, rel, p, served }, explain) => {
  const fixed = p.fixedMonthly;
  const platform = p.platformMonthly;
  const participation = p.participationRate;
  const perModerator = p.activeMembersPerModerator;
  const moderatorCost = p.moderatorMonthlyCost;
  const perCustomer = p.varPerCustomer;
  const deflection = p.deflectionRate;
  const activeMembers = served * participation;
  const moderators = wholeUnits(activeMembers / perModerator);
  const staffMonthly = moderators * moderatorCost;
  const coreContributors = served * CORE_CONTRIBUTOR_SHARE;
  const variableMonthly = served * perCustomer;
  const assisted = assistedContacts(inputs);
  const savingsMonthly = deflection * assisted.cost;
  explain?.push(
    step('domain:explain.communities.fixed', { fixed, platform, result: fixed + platform }),
    step('domain:explain.communities.activeMembers', {
      served,
      participation,
      result: activeMembers,
    }),
    step('domain:explain.communities.moderators', {
      activeMembers,
      perModerator,
      result: moderators,
    }),
    step('domain:explain.communities.staff', { moderators, moderatorCost, result: staffMonthly }),
    step('domain:explain.communities.coreContributors', {
      served,
      share: CORE_CONTRIBUTOR_SHARE,
      result: coreContributors,
    }),
    step('domain:explain.communities.variable', { served, perCustomer, result: variableMonthly }),
    step('domain:explain.communities.savings', {
      deflection,
      contacts: assisted.contacts,
      result: savingsMonthly,
    }),
  );
  return {
    fixedMonthly: fixed + platform,
    staffMonthly,
    variableMonthly,
    revenueShareMonthly: 0,
    savingsMonthly,
    variablePerSegmentCustomer: rel.coverage * perCustomer,
    staff: { moderators, coreContributors },
    staffStep: {
      peoplePerCustomer: (rel.coverage * participation) / perModerator,
      costPerPerson: moderatorCost,
    },
  };
};

/** (f) review team + toolkit, and the contributors' share of co-created revenue. */
const coCreation: CostModel = ({ inputs, rel, p, served, revenuePerCustomer }, explain) => {
  const fixed = p.fixedMonthly;
  const reviewTeam = p.reviewTeamMonthly;
  const perCustomer = p.varPerCustomer;
  const coCreatedShare = p.coCreatedRevenueShare;
  const contributorShare = p.contributorRevenueShare;
  const revenue = inputs.segment.size * revenuePerCustomer;
  const revenueShareMonthly = revenue * coCreatedShare * contributorShare;
  const variableMonthly = served * perCustomer;
  explain?.push(
    step('domain:explain.coCreation.fixed', { fixed, reviewTeam, result: fixed + reviewTeam }),
    step('domain:explain.coCreation.variable', { served, perCustomer, result: variableMonthly }),
    step('domain:explain.coCreation.revenueShare', {
      revenue,
      coCreatedShare,
      contributorShare,
      result: revenueShareMonthly,
    }),
  );
  return {
    staffMonthly: 0,
    savingsMonthly: 0,
    fixedMonthly: fixed + reviewTeam,
    variableMonthly,
    revenueShareMonthly,
    variablePerSegmentCustomer:
      rel.coverage * perCustomer + revenuePerCustomer * coCreatedShare * contributorShare,
  };
};

export const COST_MODELS = {
  personal_assistance: personalAssistance,
  dedicated_personal_assistance: dedicatedAssistance,
  self_service: selfService,
  automated_services: automatedServices,
  communities,
  co_creation: coCreation,
} as const satisfies Record<RelationshipType, CostModel>;
