/**
 * The six type-specific cost sub-models of DOMAIN.md §2.3 (a–f). Each returns the running
 * parts of one relationship's monthly cost; costs.ts adds the amortised set-up and the totals.
 */
import { CORE_CONTRIBUTOR_SHARE } from './defaults';
import { explainStep } from './explain';
import { wholeUnits } from './math';
import type { Params } from './params';
import { paramsOf } from './params';
import type { RelationshipAssignment, RelationshipType } from './schema';
import type { SegmentContext } from './segmentContext';
import type { ExplainStep, RelationshipCostBreakdown } from './types';

export interface ModelInput {
  rel: RelationshipAssignment;
  ctx: SegmentContext;
  p: Params;
  /** coverage × size */
  served: number;
  /** the canvas' personal-assistance cost per live contact */
  escalationCost: number;
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
  staff?: RelationshipCostBreakdown['staff'];
  explain: ExplainStep[];
}

const NOTHING = {
  staffMonthly: 0,
  variableMonthly: 0,
  variablePerServed: 0,
  revenueShareMonthly: 0,
  revenueSharePerCustomer: 0,
  savingsMonthly: 0,
} as const;

function fixedMonthly(p: Params): { fixedMonthly: number; explain: ExplainStep } {
  const fixed = p.num('fixedMonthly');
  return { fixedMonthly: fixed, explain: explainStep('cost.fixed', { result: fixed }) };
}

/** One live contact of a personal-assistance relationship: in-house time or the outsourced price. */
function personalCostPerContact(rel: RelationshipAssignment, p: Params): number {
  if (rel.facets.provider === 'third_party') return p.num('outsourcedCostPerContact');
  return (p.num('handleMinutes') / 60) * p.num('loadedHourlyCost');
}

/** (a) contacts × handle time × loaded hourly cost, or whole FTEs in step mode. */
function personalAssistance({ rel, p, served }: ModelInput): ModelOutput {
  const perCustomer = p.num('contactsPerCustomerMonth');
  const contacts = served * perCustomer;
  const costPerContact = personalCostPerContact(rel, p);
  const fixed = fixedMonthly(p);
  const explain = [
    fixed.explain,
    explainStep('personal.contacts', { served, perCustomer, result: contacts }),
  ];
  const variable = {
    ...NOTHING,
    variableMonthly: contacts * costPerContact,
    variablePerServed: perCustomer * costPerContact,
  };

  // Spec decision: a third-party provider bills per contact, so there are no own FTEs or steps.
  if (rel.facets.provider === 'third_party') {
    explain.push(
      explainStep('personal.outsourcedCostPerContact', { result: costPerContact }),
      explainStep('personal.variable', {
        contacts,
        costPerContact,
        result: variable.variableMonthly,
      }),
    );
    return { ...variable, fixedMonthly: fixed.fixedMonthly, explain };
  }

  const minutes = p.num('handleMinutes');
  const hourly = p.num('loadedHourlyCost');
  const hoursPerFte = p.num('productiveHoursPerFte');
  const fte = (contacts * minutes) / 60 / hoursPerFte;
  explain.push(
    explainStep('personal.costPerContact', { minutes, hourly, result: costPerContact }),
    explainStep('personal.fte', { contacts, minutes, hoursPerFte, result: fte }),
  );
  if (p.flag('stepStaffing')) {
    const people = wholeUnits(fte);
    const staffMonthly = people * hourly * hoursPerFte;
    explain.push(
      explainStep('personal.stepStaff', { people, hourly, hoursPerFte, result: staffMonthly }),
    );
    return { ...NOTHING, fixedMonthly: fixed.fixedMonthly, staffMonthly, staff: { fte }, explain };
  }
  explain.push(
    explainStep('personal.variable', {
      contacts,
      costPerContact,
      result: variable.variableMonthly,
    }),
  );
  return { ...variable, fixedMonthly: fixed.fixedMonthly, staff: { fte }, explain };
}

/** (b) ⌈served ÷ accounts per manager⌉ managers × manager cost. */
function dedicatedAssistance({ p, served }: ModelInput): ModelOutput {
  const accounts = p.num('accountsPerManager');
  const managerCost = p.num('managerMonthlyCost');
  const managers = wholeUnits(served / accounts);
  const staffMonthly = managers * managerCost;
  const fixed = fixedMonthly(p);
  return {
    ...NOTHING,
    fixedMonthly: fixed.fixedMonthly,
    staffMonthly,
    staff: { managers },
    explain: [
      fixed.explain,
      explainStep('dedicated.managers', { served, accounts, result: managers }),
      explainStep('dedicated.staff', { managers, managerCost, result: staffMonthly }),
    ],
  };
}

/** (c) self-service contacts × (their own cost + escalated share × live cost). */
function selfService({ p, served, escalationCost }: ModelInput): ModelOutput {
  const perCustomer = p.num('selfServiceContactsPerCustomerMonth');
  const selfServiceCost = p.num('costPerSelfServiceContact');
  const escalationRate = p.num('escalationRate');
  const costPerContact = selfServiceCost + escalationRate * escalationCost;
  const contacts = served * perCustomer;
  const variableMonthly = contacts * costPerContact;
  const fixed = fixedMonthly(p);
  return {
    ...NOTHING,
    fixedMonthly: fixed.fixedMonthly,
    variableMonthly,
    variablePerServed: perCustomer * costPerContact,
    explain: [
      fixed.explain,
      explainStep('selfService.contacts', { served, perCustomer, result: contacts }),
      explainStep('selfService.costPerContact', {
        selfServiceCost,
        escalationRate,
        liveCost: escalationCost,
        result: costPerContact,
      }),
      explainStep('selfService.variable', { contacts, costPerContact, result: variableMonthly }),
    ],
  };
}

/** (d) tiny cost per customer plus the few contacts escalated to a person. */
function automatedServices({ p, served, escalationCost }: ModelInput): ModelOutput {
  const perCustomer = p.num('varPerCustomer');
  const contacts = p.num('selfServiceContactsPerCustomerMonth');
  const escalationRate = p.num('escalationRate');
  const escalations = contacts * escalationRate * escalationCost;
  const variablePerServed = perCustomer + escalations;
  const variableMonthly = served * variablePerServed;
  const fixed = fixedMonthly(p);
  return {
    ...NOTHING,
    fixedMonthly: fixed.fixedMonthly,
    variableMonthly,
    variablePerServed,
    explain: [
      fixed.explain,
      explainStep('automated.escalations', {
        contacts,
        escalationRate,
        liveCost: escalationCost,
        result: escalations,
      }),
      explainStep('automated.variable', {
        served,
        perCustomer,
        escalations,
        result: variableMonthly,
      }),
    ],
  };
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
    const p = paramsOf(ctx.settings, rel.type, rel.params);
    const relContacts = rel.coverage * ctx.segment.size * p.num('contactsPerCustomerMonth');
    contacts += relContacts;
    cost += relContacts * personalCostPerContact(rel, p);
  }
  return { contacts, cost };
}

/** (e) platform + moderators per active member; deflected contacts shown as savings. */
function communities({ ctx, p, served }: ModelInput): ModelOutput {
  const participation = p.num('participationRate');
  const perModerator = p.num('activeMembersPerModerator');
  const moderatorCost = p.num('moderatorMonthlyCost');
  const perCustomer = p.num('varPerCustomer');
  const fixed = p.num('fixedMonthly');
  const platform = p.num('platformMonthly');
  const deflection = p.num('deflectionRate');
  const activeMembers = served * participation;
  const moderators = wholeUnits(activeMembers / perModerator);
  const staffMonthly = moderators * moderatorCost;
  const coreContributors = served * CORE_CONTRIBUTOR_SHARE;
  const variableMonthly = served * perCustomer;
  const assisted = assistedContacts(ctx);
  const savingsMonthly = deflection * assisted.cost;
  return {
    ...NOTHING,
    fixedMonthly: fixed + platform,
    staffMonthly,
    variableMonthly,
    variablePerServed: perCustomer,
    savingsMonthly,
    staff: { moderators, coreContributors },
    explain: [
      explainStep('communities.fixed', { fixed, platform, result: fixed + platform }),
      explainStep('communities.activeMembers', { served, participation, result: activeMembers }),
      explainStep('communities.moderators', { activeMembers, perModerator, result: moderators }),
      explainStep('communities.staff', { moderators, moderatorCost, result: staffMonthly }),
      explainStep('communities.coreContributors', {
        served,
        share: CORE_CONTRIBUTOR_SHARE,
        result: coreContributors,
      }),
      explainStep('communities.variable', { served, perCustomer, result: variableMonthly }),
      explainStep('communities.savings', {
        deflection,
        contacts: assisted.contacts,
        result: savingsMonthly,
      }),
    ],
  };
}

/** (f) review team + toolkit, and the contributors' share of co-created revenue. */
function coCreation({ ctx, p, served }: ModelInput): ModelOutput {
  const fixed = p.num('fixedMonthly');
  const reviewTeam = p.num('reviewTeamMonthly');
  const perCustomer = p.num('varPerCustomer');
  const coCreatedShare = p.num('coCreatedRevenueShare');
  const contributorShare = p.num('contributorRevenueShare');
  const revenue = ctx.segment.size * ctx.revenuePerCustomer;
  const revenueShareMonthly = revenue * coCreatedShare * contributorShare;
  const variableMonthly = served * perCustomer;
  return {
    ...NOTHING,
    fixedMonthly: fixed + reviewTeam,
    variableMonthly,
    variablePerServed: perCustomer,
    revenueShareMonthly,
    revenueSharePerCustomer: ctx.revenuePerCustomer * coCreatedShare * contributorShare,
    explain: [
      explainStep('coCreation.fixed', { fixed, reviewTeam, result: fixed + reviewTeam }),
      explainStep('coCreation.variable', { served, perCustomer, result: variableMonthly }),
      explainStep('coCreation.revenueShare', {
        revenue,
        coCreatedShare,
        contributorShare,
        result: revenueShareMonthly,
      }),
    ],
  };
}

export const COST_MODELS = {
  personal_assistance: personalAssistance,
  dedicated_personal_assistance: dedicatedAssistance,
  self_service: selfService,
  automated_services: automatedServices,
  communities,
  co_creation: coCreation,
} as const satisfies Record<RelationshipType, (input: ModelInput) => ModelOutput>;
