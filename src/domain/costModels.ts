/**
 * The six type-specific cost sub-models of DOMAIN.md §2.3 (a–f). Each returns the running
 * parts of one relationship's monthly cost; costs.ts adds the amortised set-up and the totals.
 * When given an `explain` list, a model also appends its steps to it (`explain?.push(…)`
 * evaluates nothing when there is no list, so plain evaluations allocate no steps).
 */
import { CORE_CONTRIBUTOR_SHARE } from './defaults';
import { explainStep as step } from './explain';
import { wholeUnits } from './math';
import type { Params } from './params';
import type { RelationshipAssignment, RelationshipType } from './schema';
import type { SegmentContext } from './segmentContext';
import type { ExplainStep, RelationshipCostBreakdown } from './types';

export interface ModelInput {
  rel: RelationshipAssignment;
  ctx: SegmentContext;
  p: Params;
  /** coverage × size */
  served: number;
  explain: ExplainStep[] | undefined;
}

export interface ModelOutput {
  fixedMonthly: number;
  staffMonthly: number;
  variableMonthly: number;
  /** variable cost per served customer, independent of how many are served */
  variablePerServed: number;
  revenueShareMonthly: number;
  /** revenue share per customer of the whole segment */
  revenueSharePerCustomer: number;
  savingsMonthly: number;
  staff: RelationshipCostBreakdown['staff'];
}

function output(parts: Partial<ModelOutput> & Pick<ModelOutput, 'fixedMonthly'>): ModelOutput {
  // field by field rather than a spread: this runs for every relationship on every evaluation
  return {
    fixedMonthly: parts.fixedMonthly,
    staffMonthly: parts.staffMonthly ?? 0,
    variableMonthly: parts.variableMonthly ?? 0,
    variablePerServed: parts.variablePerServed ?? 0,
    revenueShareMonthly: parts.revenueShareMonthly ?? 0,
    revenueSharePerCustomer: parts.revenueSharePerCustomer ?? 0,
    savingsMonthly: parts.savingsMonthly ?? 0,
    staff: parts.staff,
  };
}

/** One live contact of a personal-assistance relationship: in-house time or the outsourced price. */
function personalCostPerContact(rel: RelationshipAssignment, p: Params): number {
  if (rel.facets.provider === 'third_party') return p.num('outsourcedCostPerContact');
  return (p.num('handleMinutes') / 60) * p.num('loadedHourlyCost');
}

/** (a) contacts × handle time × loaded hourly cost, or whole FTEs in step mode. */
function personalAssistance({ rel, p, served, explain }: ModelInput): ModelOutput {
  const fixedMonthly = p.num('fixedMonthly');
  const perCustomer = p.num('contactsPerCustomerMonth');
  const contacts = served * perCustomer;
  const costPerContact = personalCostPerContact(rel, p);
  const variableMonthly = contacts * costPerContact;
  const variablePerServed = perCustomer * costPerContact;
  explain?.push(
    step('domain:explain.cost.fixed', { result: fixedMonthly }),
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
    return output({ fixedMonthly, variableMonthly, variablePerServed });
  }

  const minutes = p.num('handleMinutes');
  const hourly = p.num('loadedHourlyCost');
  const hoursPerFte = p.num('productiveHoursPerFte');
  const fte = (contacts * minutes) / 60 / hoursPerFte;
  explain?.push(
    step('domain:explain.personal.costPerContact', { minutes, hourly, result: costPerContact }),
    step('domain:explain.personal.fte', { contacts, minutes, hoursPerFte, result: fte }),
  );
  if (p.flag('stepStaffing')) {
    const people = wholeUnits(fte);
    const staffMonthly = people * hourly * hoursPerFte;
    explain?.push(
      step('domain:explain.personal.stepStaff', {
        people,
        hourly,
        hoursPerFte,
        result: staffMonthly,
      }),
    );
    return output({ fixedMonthly, staffMonthly, staff: { fte } });
  }
  explain?.push(variableStep());
  return output({ fixedMonthly, variableMonthly, variablePerServed, staff: { fte } });
}

/** (b) ⌈served ÷ accounts per manager⌉ managers × manager cost. */
function dedicatedAssistance({ p, served, explain }: ModelInput): ModelOutput {
  const fixedMonthly = p.num('fixedMonthly');
  const accounts = p.num('accountsPerManager');
  const managerCost = p.num('managerMonthlyCost');
  const managers = wholeUnits(served / accounts);
  const staffMonthly = managers * managerCost;
  explain?.push(
    step('domain:explain.cost.fixed', { result: fixedMonthly }),
    step('domain:explain.dedicated.managers', { served, accounts, result: managers }),
    step('domain:explain.dedicated.staff', { managers, managerCost, result: staffMonthly }),
  );
  return output({ fixedMonthly, staffMonthly, staff: { managers } });
}

/** (c) self-service contacts × (their own cost + escalated share × live cost). */
function selfService({ ctx, p, served, explain }: ModelInput): ModelOutput {
  const fixedMonthly = p.num('fixedMonthly');
  const perCustomer = p.num('selfServiceContactsPerCustomerMonth');
  const selfServiceCost = p.num('costPerSelfServiceContact');
  const escalationRate = p.num('escalationRate');
  const liveCost = ctx.params.escalationCost;
  const costPerContact = selfServiceCost + escalationRate * liveCost;
  const contacts = served * perCustomer;
  const variableMonthly = contacts * costPerContact;
  explain?.push(
    step('domain:explain.cost.fixed', { result: fixedMonthly }),
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
  return output({ fixedMonthly, variableMonthly, variablePerServed: perCustomer * costPerContact });
}

/** (d) tiny cost per customer plus the few contacts escalated to a person. */
function automatedServices({ ctx, p, served, explain }: ModelInput): ModelOutput {
  const fixedMonthly = p.num('fixedMonthly');
  const perCustomer = p.num('varPerCustomer');
  const contacts = p.num('selfServiceContactsPerCustomerMonth');
  const escalationRate = p.num('escalationRate');
  const liveCost = ctx.params.escalationCost;
  const escalations = contacts * escalationRate * liveCost;
  const variablePerServed = perCustomer + escalations;
  const variableMonthly = served * variablePerServed;
  explain?.push(
    step('domain:explain.cost.fixed', { result: fixedMonthly }),
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
  return output({ fixedMonthly, variableMonthly, variablePerServed });
}

/**
 * Live contacts of the segment's personal-assistance relationships and what they cost.
 * Spec decision: deflected contacts save each relationship's own cost per contact.
 */
function assistedContacts(ctx: SegmentContext): { contacts: number; cost: number } {
  let contacts = 0;
  let cost = 0;
  for (const rel of ctx.relationships) {
    if (rel.type !== 'personal_assistance') continue;
    const p = ctx.params.of(rel.type, rel.params);
    const relContacts = rel.coverage * ctx.segment.size * p.num('contactsPerCustomerMonth');
    contacts += relContacts;
    cost += relContacts * personalCostPerContact(rel, p);
  }
  return { contacts, cost };
}

/** (e) platform + moderators per active member; deflected contacts shown as savings. */
function communities({ ctx, p, served, explain }: ModelInput): ModelOutput {
  const fixed = p.num('fixedMonthly');
  const platform = p.num('platformMonthly');
  const participation = p.num('participationRate');
  const perModerator = p.num('activeMembersPerModerator');
  const moderatorCost = p.num('moderatorMonthlyCost');
  const perCustomer = p.num('varPerCustomer');
  const deflection = p.num('deflectionRate');
  const activeMembers = served * participation;
  const moderators = wholeUnits(activeMembers / perModerator);
  const staffMonthly = moderators * moderatorCost;
  const coreContributors = served * CORE_CONTRIBUTOR_SHARE;
  const variableMonthly = served * perCustomer;
  const assisted = assistedContacts(ctx);
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
  return output({
    fixedMonthly: fixed + platform,
    staffMonthly,
    variableMonthly,
    variablePerServed: perCustomer,
    savingsMonthly,
    staff: { moderators, coreContributors },
  });
}

/** (f) review team + toolkit, and the contributors' share of co-created revenue. */
function coCreation({ ctx, p, served, explain }: ModelInput): ModelOutput {
  const fixed = p.num('fixedMonthly');
  const reviewTeam = p.num('reviewTeamMonthly');
  const perCustomer = p.num('varPerCustomer');
  const coCreatedShare = p.num('coCreatedRevenueShare');
  const contributorShare = p.num('contributorRevenueShare');
  const revenue = ctx.segment.size * ctx.revenuePerCustomer;
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
  return output({
    fixedMonthly: fixed + reviewTeam,
    variableMonthly,
    variablePerServed: perCustomer,
    revenueShareMonthly,
    revenueSharePerCustomer: ctx.revenuePerCustomer * coCreatedShare * contributorShare,
  });
}

export const COST_MODELS = {
  personal_assistance: personalAssistance,
  dedicated_personal_assistance: dedicatedAssistance,
  self_service: selfService,
  automated_services: automatedServices,
  communities,
  co_creation: coCreation,
} as const satisfies Record<RelationshipType, (input: ModelInput) => ModelOutput>;
