/**
 * The six type-specific cost sub-models of DOMAIN.md §2.3 (a–f). Each writes the running
 * parts of one relationship's monthly cost into the breakdown it is given (costs.ts has set
 * them to zero and adds the amortised set-up and the totals): they run for every relationship
 * on every evaluation, so they allocate no input or output objects of their own.
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

/** The parts a model writes; those it leaves alone stay 0 (staff: undefined). */
export type ModelOutput = Pick<
  RelationshipCostBreakdown,
  | 'fixedMonthly'
  | 'staffMonthly'
  | 'variableMonthly'
  | 'revenueShareMonthly'
  | 'savingsMonthly'
  | 'variablePerSegmentCustomer'
  | 'staff'
>;

/**
 * `served` is coverage × size; the model's results go to `out`.
 * Positional arguments: an input object per relationship would be one more allocation each.
 */
type CostModel = (
  rel: RelationshipAssignment,
  ctx: SegmentContext,
  p: Params,
  served: number,
  out: ModelOutput,
  explain: ExplainStep[] | undefined,
) => void;

/**
 * Variable cost and revenue share per customer of the whole segment, from the variable cost
 * per served customer (independent of how many are served) and the revenue share per customer.
 */
const perSegmentCustomer = (
  rel: RelationshipAssignment,
  variablePerServed: number,
  revenueSharePerCustomer = 0,
) => rel.coverage * variablePerServed + revenueSharePerCustomer;

/** One live contact of a personal-assistance relationship: in-house time or the outsourced price. */
function personalCostPerContact(rel: RelationshipAssignment, p: Params): number {
  if (rel.facets.provider === 'third_party') return p.outsourcedCostPerContact;
  return (p.handleMinutes / 60) * p.loadedHourlyCost;
}

const variableStep = (contacts: number, costPerContact: number, result: number) =>
  step('domain:explain.personal.variable', { contacts, costPerContact, result });

/** (a) contacts × handle time × loaded hourly cost, or whole FTEs in step mode. */
const personalAssistance: CostModel = (rel, _ctx, p, served, out, explain) => {
  const fixedMonthly = p.fixedMonthly;
  const perCustomer = p.contactsPerCustomerMonth;
  const contacts = served * perCustomer;
  const costPerContact = personalCostPerContact(rel, p);
  const variableMonthly = contacts * costPerContact;
  const variablePerServed = perCustomer * costPerContact;
  explain?.push(
    step('domain:explain.cost.fixed', { result: fixedMonthly }),
    step('domain:explain.personal.contacts', { served, perCustomer, result: contacts }),
  );

  // Spec decision: a third-party provider bills per contact, so there are no own FTEs or steps.
  if (rel.facets.provider === 'third_party') {
    explain?.push(
      step('domain:explain.personal.outsourcedCostPerContact', { result: costPerContact }),
      variableStep(contacts, costPerContact, variableMonthly),
    );
    out.fixedMonthly = fixedMonthly;
    out.variableMonthly = variableMonthly;
    out.variablePerSegmentCustomer = perSegmentCustomer(rel, variablePerServed);
    return;
  }

  const minutes = p.handleMinutes;
  const hourly = p.loadedHourlyCost;
  const hoursPerFte = p.productiveHoursPerFte;
  const fte = (contacts * minutes) / 60 / hoursPerFte;
  explain?.push(
    step('domain:explain.personal.costPerContact', { minutes, hourly, result: costPerContact }),
    step('domain:explain.personal.fte', { contacts, minutes, hoursPerFte, result: fte }),
  );
  if (p.stepStaffing) {
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
    out.fixedMonthly = fixedMonthly;
    out.staffMonthly = staffMonthly;
    out.variablePerSegmentCustomer = perSegmentCustomer(rel, 0);
    out.staff = { fte };
    return;
  }
  explain?.push(variableStep(contacts, costPerContact, variableMonthly));
  out.fixedMonthly = fixedMonthly;
  out.variableMonthly = variableMonthly;
  out.variablePerSegmentCustomer = perSegmentCustomer(rel, variablePerServed);
  out.staff = { fte };
};

/** (b) ⌈served ÷ accounts per manager⌉ managers × manager cost. */
const dedicatedAssistance: CostModel = (rel, _ctx, p, served, out, explain) => {
  const fixedMonthly = p.fixedMonthly;
  const accounts = p.accountsPerManager;
  const managerCost = p.managerMonthlyCost;
  const managers = wholeUnits(served / accounts);
  const staffMonthly = managers * managerCost;
  explain?.push(
    step('domain:explain.cost.fixed', { result: fixedMonthly }),
    step('domain:explain.dedicated.managers', { served, accounts, result: managers }),
    step('domain:explain.dedicated.staff', { managers, managerCost, result: staffMonthly }),
  );
  out.fixedMonthly = fixedMonthly;
  out.staffMonthly = staffMonthly;
  out.variablePerSegmentCustomer = perSegmentCustomer(rel, 0);
  out.staff = { managers };
};

/** (c) self-service contacts × (their own cost + escalated share × live cost). */
const selfService: CostModel = (rel, ctx, p, served, out, explain) => {
  const fixedMonthly = p.fixedMonthly;
  const perCustomer = p.selfServiceContactsPerCustomerMonth;
  const selfServiceCost = p.costPerSelfServiceContact;
  const escalationRate = p.escalationRate;
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
  out.fixedMonthly = fixedMonthly;
  out.variableMonthly = variableMonthly;
  out.variablePerSegmentCustomer = perSegmentCustomer(rel, perCustomer * costPerContact);
};

/** (d) tiny cost per customer plus the few contacts escalated to a person. */
const automatedServices: CostModel = (rel, ctx, p, served, out, explain) => {
  const fixedMonthly = p.fixedMonthly;
  const perCustomer = p.varPerCustomer;
  const contacts = p.selfServiceContactsPerCustomerMonth;
  const escalationRate = p.escalationRate;
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
  out.fixedMonthly = fixedMonthly;
  out.variableMonthly = variableMonthly;
  out.variablePerSegmentCustomer = perSegmentCustomer(rel, variablePerServed);
};

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
    const relContacts = rel.coverage * ctx.segment.size * p.contactsPerCustomerMonth;
    contacts += relContacts;
    cost += relContacts * personalCostPerContact(rel, p);
  }
  return { contacts, cost };
}

/** (e) platform + moderators per active member; deflected contacts shown as savings. */
const communities: CostModel = (rel, ctx, p, served, out, explain) => {
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
  out.fixedMonthly = fixed + platform;
  out.staffMonthly = staffMonthly;
  out.variableMonthly = variableMonthly;
  out.variablePerSegmentCustomer = perSegmentCustomer(rel, perCustomer);
  out.savingsMonthly = savingsMonthly;
  out.staff = { moderators, coreContributors };
};

/** (f) review team + toolkit, and the contributors' share of co-created revenue. */
const coCreation: CostModel = (rel, ctx, p, served, out, explain) => {
  const fixed = p.fixedMonthly;
  const reviewTeam = p.reviewTeamMonthly;
  const perCustomer = p.varPerCustomer;
  const coCreatedShare = p.coCreatedRevenueShare;
  const contributorShare = p.contributorRevenueShare;
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
  out.fixedMonthly = fixed + reviewTeam;
  out.variableMonthly = variableMonthly;
  out.revenueShareMonthly = revenueShareMonthly;
  out.variablePerSegmentCustomer = perSegmentCustomer(
    rel,
    perCustomer,
    ctx.revenuePerCustomer * coCreatedShare * contributorShare,
  );
};

export const COST_MODELS = {
  personal_assistance: personalAssistance,
  dedicated_personal_assistance: dedicatedAssistance,
  self_service: selfService,
  automated_services: automatedServices,
  communities,
  co_creation: coCreation,
} as const satisfies Record<RelationshipType, CostModel>;
