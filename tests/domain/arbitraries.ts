/**
 * fast-check arbitraries for schema-valid canvases, shared by the domain tests.
 * `canvasArb` only builds canvases that `canvasSchema` accepts (ids unique, references resolve,
 * tactic kinds match their stage), with awkward texts and boundary numbers.
 */
import fc from 'fast-check';

import { createDefaultSettings } from '@/domain/defaults';
import {
  ARCHETYPE_ROLES,
  AUDIENCES,
  BONDS,
  CANVAS_LOCALES,
  CHANNEL_CHECKLIST_QUESTIONS,
  CHANNEL_DIRECTNESSES,
  CHANNEL_FUNCTIONS,
  CHANNEL_KINDS,
  CHANNEL_MEDIUMS,
  CHANNEL_OWNERSHIPS,
  CHANNEL_PHASES,
  CHANNEL_QUESTIONS,
  CONTACT_MODES,
  CUSTOMER_ROLES,
  DEMAND_CREATIONS,
  FUNNEL_STEPS,
  LIFECYCLE_STAGES,
  LIMITS,
  MARKET_TYPES,
  PROVIDERS,
  RELATIONSHIP_PURPOSES,
  RELATIONSHIP_STATUSES,
  RELATIONSHIP_TYPES,
  SEGMENT_COLOR_COUNT,
  TACTIC_KINDS_BY_STAGE,
  TACTIC_STAGES,
  type Canvas,
  type CanvasSettings,
  type Channel,
  type ChannelQuestionId,
  type CostParams,
  type Note,
  type RelationshipAssignment,
  type Segment,
  type Tactic,
} from '@/domain/schema';

// Emoji (with ZWJ), RTL scripts, newlines, quotes and escapes: the texts that break exporters.
const AWKWARD = [
  '👩‍👩‍👧',
  '🧉',
  'שלום',
  'مرحبا',
  '\n',
  '\r\n',
  '"',
  "'",
  '`',
  '\\',
  '</script>',
  'ñ',
  '€',
];
const textUnit = fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ maxLength: 1 }));
// A unit is at most 11 UTF-16 code units, so these stay under LIMITS.nameLength / longTextLength.
export const nameArb = fc.string({ unit: textUnit, maxLength: 10 });
export const longTextArb = fc.string({ unit: textUnit, maxLength: 40 });

const boundary = (max: number) =>
  fc.oneof(
    fc.constantFrom(0, max, 1),
    fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }),
  );
export const moneyArb = fc.oneof(
  boundary(LIMITS.maxMoney),
  fc.double({ min: 0, max: 1000, noNaN: true }),
);
export const ratioArb = fc.oneof(
  fc.constantFrom(0, 1, 0.5),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
export const sizeArb = fc.oneof(
  boundary(LIMITS.maxSize),
  fc.integer({ min: 0, max: 100_000 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
const divisorArb = fc.oneof(
  fc.constantFrom(1, LIMITS.maxSize),
  fc.double({ min: 1, max: 1000, noNaN: true }),
);
const monthsArb = fc.double({ min: 1, max: LIMITS.maxMonths, noNaN: true });
const hoursArb = fc.oneof(
  fc.constantFrom(1, LIMITS.maxHoursPerMonth),
  fc.double({ min: 1, max: LIMITS.maxHoursPerMonth, noNaN: true }),
);
/** Churn is below 1 (§9.8): 1 would mean every customer leaves within the month. */
const churnArb = fc.oneof(
  fc.constantFrom(0, 0.5, 0.999),
  fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
);

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

export const costParamsArb: fc.Arbitrary<CostParams> = fc.record(
  {
    setupCost: moneyArb,
    fixedMonthly: moneyArb,
    amortizationMonths: monthsArb,
    contactsPerCustomerMonth: sizeArb,
    handleMinutes: sizeArb,
    loadedHourlyCost: moneyArb,
    productiveHoursPerFte: hoursArb,
    stepStaffing: fc.boolean(),
    outsourcedCostPerContact: moneyArb,
    accountsPerManager: divisorArb,
    managerMonthlyCost: moneyArb,
    selfServiceContactsPerCustomerMonth: sizeArb,
    costPerSelfServiceContact: moneyArb,
    escalationRate: ratioArb,
    varPerCustomer: moneyArb,
    participationRate: ratioArb,
    activeMembersPerModerator: divisorArb,
    moderatorMonthlyCost: moneyArb,
    platformMonthly: moneyArb,
    deflectionRate: ratioArb,
    minCoreContributors: sizeArb,
    reviewTeamMonthly: moneyArb,
    coCreatedRevenueShare: ratioArb,
    contributorRevenueShare: ratioArb,
  },
  { requiredKeys: [] },
);

const byTypeArb = <T>(arb: fc.Arbitrary<T>) =>
  fc.record({
    personal_assistance: arb,
    dedicated_personal_assistance: arb,
    self_service: arb,
    automated_services: arb,
    communities: arb,
    co_creation: arb,
  });

/** Default settings half of the time, otherwise any valid settings. */
export const settingsArb: fc.Arbitrary<CanvasSettings> = fc.oneof(
  fc.constant(null).map(() => createDefaultSettings()),
  fc.record(
    {
      amortizationMonths: monthsArb,
      lifetimeCapMonths: monthsArb,
      annualDiscountRate: ratioArb,
      typeDefaults: byTypeArb(costParamsArb),
      defaultCacByType: byTypeArb(moneyArb),
      rules: fc.record(
        {
          ltvCacTarget: fc.double({ min: 1, max: 100, noNaN: true }),
          paybackMaxMonths: monthsArb,
          maxCostShare: ratioArb,
          dedicatedMaxServed: sizeArb,
          personalOnlyMaxN: sizeArb,
          minCoreContributors: sizeArb,
          highValueArpu: moneyArb,
          disabledRules: fc.subarray(['CR01', 'CR12', 'CR23', 'CR25']),
        },
        {
          requiredKeys: [
            'ltvCacTarget',
            'paybackMaxMonths',
            'maxCostShare',
            'dedicatedMaxServed',
            'personalOnlyMaxN',
            'minCoreContributors',
            'highValueArpu',
          ],
        },
      ),
    },
    {
      requiredKeys: [
        'amortizationMonths',
        'lifetimeCapMonths',
        'typeDefaults',
        'defaultCacByType',
        'rules',
      ],
    },
  ),
);

const segmentArb = (id: string): fc.Arbitrary<Segment> =>
  fc.record(
    {
      id: fc.constant(id),
      name: nameArb,
      marketType: fc.constantFrom(...MARKET_TYPES),
      archetype: fc.record(
        {
          role: fc.constantFrom(...ARCHETYPE_ROLES),
          whoTheyAre: longTextArb,
          howTheyBuy: longTextArb,
          whatInterestsThem: longTextArb,
          influencedBy: longTextArb,
        },
        { requiredKeys: ['role', 'whoTheyAre', 'howTheyBuy', 'whatInterestsThem'] },
      ),
      size: sizeArb,
      newCustomersPerMonth: sizeArb,
      monthlyRevenuePerCustomer: moneyArb,
      grossMargin: ratioArb,
      monthlyChurn: churnArb,
      expectedRelationships: subset(RELATIONSHIP_TYPES),
      acquisitionCostOverride: moneyArb,
      lifecycle: fc.constantFrom(...LIFECYCLE_STAGES),
      channelAnswers: fc.record(
        Object.fromEntries(CHANNEL_QUESTIONS.map((q) => [q, longTextArb])) as Record<
          ChannelQuestionId,
          fc.Arbitrary<string>
        >,
        { requiredKeys: [] },
      ),
      colorIndex: fc.integer({ min: 0, max: SEGMENT_COLOR_COUNT - 1 }),
      label: fc.string({ maxLength: LIMITS.segmentLabelLength }),
    },
    {
      requiredKeys: [
        'id',
        'name',
        'marketType',
        'archetype',
        'size',
        'grossMargin',
        'monthlyChurn',
        'expectedRelationships',
      ],
    },
  );

const channelArb = (id: string, segmentIds: string[]): fc.Arbitrary<Channel> =>
  fc.record(
    {
      id: fc.constant(id),
      name: nameArb,
      kind: fc.constantFrom(...CHANNEL_KINDS),
      ownership: fc.constantFrom(...CHANNEL_OWNERSHIPS),
      directness: fc.constantFrom(...CHANNEL_DIRECTNESSES),
      medium: fc.constantFrom(...CHANNEL_MEDIUMS),
      functions: subset(CHANNEL_FUNCTIONS),
      phases: subset(CHANNEL_PHASES),
      segmentIds: fc.subarray(segmentIds),
      partnerName: nameArb,
      partnerMargin: ratioArb,
      revenueShare: ratioArb,
      monthlyCost: moneyArb,
    },
    {
      requiredKeys: [
        'id',
        'name',
        'kind',
        'ownership',
        'directness',
        'medium',
        'functions',
        'phases',
        'segmentIds',
      ],
    },
  );

const relationshipArb = (
  id: string,
  segmentIds: string[],
  channelIds: string[],
): fc.Arbitrary<RelationshipAssignment> =>
  fc.record(
    {
      id: fc.constant(id),
      segmentId: fc.constantFrom(...segmentIds),
      type: fc.constantFrom(...RELATIONSHIP_TYPES),
      purposes: subset(RELATIONSHIP_PURPOSES),
      status: fc.constantFrom(...RELATIONSHIP_STATUSES),
      facets: fc.record(
        {
          contactMode: fc.constantFrom(...CONTACT_MODES),
          audience: fc.constantFrom(...AUDIENCES),
          provider: fc.constantFrom(...PROVIDERS),
          customerRole: fc.constantFrom(...CUSTOMER_ROLES),
          bond: fc.constantFrom(...BONDS),
        },
        { requiredKeys: ['contactMode', 'audience', 'provider', 'customerRole'] },
      ),
      coverage: ratioArb,
      channelIds: fc.subarray(channelIds),
      params: costParamsArb,
      notes: longTextArb,
    },
    {
      requiredKeys: [
        'id',
        'segmentId',
        'type',
        'purposes',
        'status',
        'facets',
        'coverage',
        'channelIds',
      ],
    },
  );

const tacticArb = (id: string, segmentIds: string[], channelIds: string[]): fc.Arbitrary<Tactic> =>
  fc.constantFrom(...TACTIC_STAGES).chain((stage) =>
    fc.record(
      {
        id: fc.constant(id),
        segmentId: fc.constantFrom(...segmentIds),
        stage: fc.constant(stage),
        kind: fc.constantFrom(...TACTIC_KINDS_BY_STAGE[stage]),
        demandCreation: fc.constantFrom(...DEMAND_CREATIONS),
        funnelStep: fc.constantFrom(...FUNNEL_STEPS),
        channelIds: fc.subarray(channelIds),
        monthlyCost: moneyArb,
        expectedArpuUplift: ratioArb,
        description: longTextArb,
      },
      { requiredKeys: ['id', 'segmentId', 'stage', 'kind'] },
    ),
  );

const noteArb = (id: string, segmentIds: string[]): fc.Arbitrary<Note> =>
  fc.record(
    { id: fc.constant(id), text: longTextArb, linkedIds: fc.subarray(segmentIds) },
    { requiredKeys: ['id', 'text'] },
  );

/** `count` items built from consecutive ids `${prefix}-0`, `${prefix}-1`, … */
const listOf = <T>(prefix: string, maxLength: number, item: (id: string) => fc.Arbitrary<T>) =>
  fc
    .integer({ min: 0, max: maxLength })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => item(`${prefix}-${i}`))));

const checklistArb = fc
  .subarray([...CHANNEL_CHECKLIST_QUESTIONS])
  .chain((questionIds) =>
    fc.tuple(
      ...questionIds.map((questionId) =>
        fc.record(
          { questionId: fc.constant(questionId), answer: longTextArb, done: fc.boolean() },
          { requiredKeys: ['questionId', 'done'] },
        ),
      ),
    ),
  );

const notesArb = (block: string, segmentIds: string[]) =>
  listOf(block, 2, (id) => noteArb(id, segmentIds));

/** Any schema-valid canvas: up to 5 segments, 4 channels, 10 relationships, 6 tactics. */
export const canvasArb: fc.Arbitrary<Canvas> = listOf('seg', 5, segmentArb).chain((segments) => {
  const segmentIds = segments.map((s) => s.id);
  return listOf('ch', 4, (id) => channelArb(id, segmentIds)).chain((channels) => {
    const channelIds = channels.map((c) => c.id);
    const hasSegments = segmentIds.length > 0;
    return fc.record({
      id: fc.constant('canvas'),
      name: nameArb,
      currency: fc.constantFrom('EUR', 'USD', 'CHF', 'MXN'),
      locale: fc.constantFrom(...CANVAS_LOCALES),
      segments: fc.constant(segments),
      channels: fc.constant(channels),
      relationships: hasSegments
        ? listOf('rel', 10, (id) => relationshipArb(id, segmentIds, channelIds))
        : fc.constant([]),
      tactics: hasSegments
        ? listOf('tac', 6, (id) => tacticArb(id, segmentIds, channelIds))
        : fc.constant([]),
      valuePropositions: notesArb('vp', segmentIds),
      revenueStreams: notesArb('rs', segmentIds),
      keyResources: notesArb('kr', segmentIds),
      keyActivities: notesArb('ka', segmentIds),
      keyPartners: notesArb('kp', segmentIds),
      costStructure: notesArb('cs', segmentIds),
      channelChecklist: fc.option(checklistArb, { nil: undefined }),
      settings: settingsArb,
    });
  });
});
