/**
 * Zod schemas for the canvas (DOMAIN.md §4). Every domain type is inferred from these.
 *
 * Objects are strict (unknown keys are refused, never stripped) and nothing here applies
 * `.default()` or `.catch()`: validating must never rewrite the user's data.
 */
// zod/mini: the same checks and issue codes as classic zod, at a third of its size in the
// first screen's JavaScript (functions instead of methods, so unused checks are left out).
import { z } from 'zod/mini';

import { lazySchema } from './lazySchema';

// ---------- enums (values are part of the contract; labels live in locales/*/domain.json) ----------

export const RELATIONSHIP_TYPES = [
  'personal_assistance',
  'dedicated_personal_assistance',
  'self_service',
  'automated_services',
  'communities',
  'co_creation',
] as const;
export const RELATIONSHIP_PURPOSES = ['acquisition', 'retention', 'upselling'] as const;
export const RELATIONSHIP_STATUSES = ['established', 'planned'] as const;
export const CONTACT_MODES = [
  'face_to_face',
  'remote_live',
  'remote_async',
  'automated',
  'none',
] as const;
export const AUDIENCES = ['individual', 'collective'] as const;
export const PROVIDERS = ['own', 'third_party'] as const;
export const CUSTOMER_ROLES = ['served', 'self_service', 'co_creator'] as const;
export const BONDS = ['transactional', 'long_term'] as const;
export const MARKET_TYPES = ['mass', 'niche', 'segmented', 'diversified', 'multi_sided'] as const;
export const CHANNEL_PHASES = [
  'awareness',
  'evaluation',
  'purchase',
  'delivery',
  'after_sales',
] as const;
export const CHANNEL_OWNERSHIPS = ['own', 'partner'] as const;
export const CHANNEL_DIRECTNESSES = ['direct', 'indirect'] as const;
export const CHANNEL_MEDIUMS = ['physical', 'web', 'mobile', 'phone', 'email', 'mixed'] as const;
export const CHANNEL_KINDS = [
  'sales_force',
  'web_sales',
  'own_store',
  'partner_store',
  'wholesaler',
  'mobile_app',
  'call_center',
  'marketplace',
  'social_media',
  'email',
  'event',
  'other',
] as const;
export const CHANNEL_FUNCTIONS = ['communication', 'distribution', 'sales'] as const;
export const TACTIC_STAGES = ['get', 'keep', 'grow'] as const;
export const DEMAND_CREATIONS = ['paid', 'earned'] as const;
export const FUNNEL_STEPS = [
  'awareness',
  'interest',
  'consideration',
  'purchase',
  'acquire',
  'activate',
  'viral_loop',
] as const;
export const PAID_GET_TACTIC_KINDS = [
  'pr',
  'advertising',
  'trade_show',
  'webinar',
  'email_marketing',
  'sem',
  'biz_dev',
] as const;
export const EARNED_GET_TACTIC_KINDS = [
  'publications',
  'conference_talk',
  'seminar',
  'blogging',
  'social_media',
  'seo',
  'community',
  'word_of_mouth',
  'free_trial',
  'freemium',
] as const;
export const GET_TACTIC_KINDS = [...PAID_GET_TACTIC_KINDS, ...EARNED_GET_TACTIC_KINDS] as const;
export const KEEP_TACTIC_KINDS = [
  'loyalty_program',
  'product_updates',
  'customer_satisfaction',
  'contests_events',
  'blogs_rss_email',
  'social_networks',
  'newsletter',
  'faq_user_forum',
  'outreach_calls',
  'club_membership',
] as const;
export const GROW_TACTIC_KINDS = [
  'unbundling',
  'upselling',
  'cross_selling',
  'referrals',
  'next_sell',
] as const;
export const TACTIC_KINDS = [
  ...GET_TACTIC_KINDS,
  ...KEEP_TACTIC_KINDS,
  ...GROW_TACTIC_KINDS,
] as const;
export const TACTIC_KINDS_BY_STAGE = {
  get: GET_TACTIC_KINDS,
  keep: KEEP_TACTIC_KINDS,
  grow: GROW_TACTIC_KINDS,
} as const;
export const ARCHETYPE_ROLES = [
  'end_user',
  'influencer',
  'recommender',
  'economic_buyer',
  'decision_maker',
  'saboteur',
  'other',
] as const;
export const CANVAS_LOCALES = ['es', 'en'] as const;
/** Where a segment is in its life (§9.7); absent means the user has not said. */
export const LIFECYCLE_STAGES = ['launch', 'growth', 'mature'] as const;
/**
 * The six channel questions asked of each segment (§9.7), answered in free text: which channels
 * it wants, which reach it now, how they are integrated, which work best, which are most
 * cost-efficient, how they fit the customer's routines.
 */
export const CHANNEL_QUESTIONS = [
  'wanted',
  'current',
  'integration',
  'bestWorking',
  'costEfficient',
  'routines',
] as const;
/** The channel innovation checklist of the whole canvas (§9.7), in the order it is asked. */
export const CHANNEL_CHECKLIST_QUESTIONS = [
  'reachAsWanted',
  'winMoreCustomers',
  'fitDailyRoutines',
  'knowBestChannels',
  'channelsByProfitability',
  'channelsIntegrated',
  'newChannelsCoverage',
] as const;
/** The free-form canvas blocks, each a list of notes. */
export const NOTE_BLOCKS = [
  'keyPartners',
  'keyActivities',
  'keyResources',
  'valuePropositions',
  'revenueStreams',
  'costStructure',
] as const;

/**
 * The nine blocks, in the order a canvas is told (Business Model Generation: who the customers
 * are, what they get, how it reaches them and how they are treated, what they pay; then the
 * resources, activities, partners and costs behind it). Board, slides and print follow it.
 */
export const CANVAS_BLOCKS = [
  'customerSegments',
  'valuePropositions',
  'channels',
  'customerRelationships',
  'revenueStreams',
  'keyResources',
  'keyActivities',
  'keyPartners',
  'costStructure',
] as const satisfies readonly (
  NoteBlock | 'customerSegments' | 'channels' | 'customerRelationships'
)[];

/** Number of colour slots a segment can take (the palette lives in the UI). */
export const SEGMENT_COLOR_COUNT = 8;

// ---------- limits (the UI shows counters against these) ----------

export const LIMITS = {
  /** ids, names, partner names */
  idLength: 120,
  nameLength: 120,
  /** notes, descriptions, archetype answers, sources */
  longTextLength: 4000,
  /** segments, channels, tactics, the notes of one block, any id list */
  collectionItems: 2000,
  relationships: 12000,
  /** a segment's short tag shown on everything linked to it */
  segmentLabelLength: 4,
  /** customers in a segment, new customers per month, any count */
  maxSize: 1e8,
  /** any amount of money */
  maxMoney: 1e9,
  /** hours in the longest month: a full-time equivalent cannot work more */
  maxHoursPerMonth: 744,
  /** amortisation, lifetime cap and payback target */
  maxMonths: 1200,
} as const;

/** Issue code of a list that repeats an item where it must be a set (purposes, expected types). */
export const DUPLICATE_ITEM = 'duplicate_item';
const distinct = (items: readonly unknown[]) => new Set(items).size === items.length;
/** A list of enum values that is a set: each value at most once. */
const enumSet = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .check(
      z.maxLength(values.length),
      z.refine(distinct, { message: DUPLICATE_ITEM, params: { code: DUPLICATE_ITEM } }),
    );

/**
 * Whether `code` is an ISO 4217 currency this JavaScript engine knows (Intl.supportedValuesOf,
 * ES2022); where an engine lacks it, any well-formed three-letter code.
 * @example isKnownCurrency('EUR') // true
 * @example isKnownCurrency('XYZ') // false
 */
export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  const supported = typeof Intl.supportedValuesOf === 'function' ? knownCurrencies() : undefined;
  return supported ? supported.has(code) : true;
}
let currencies: Set<string> | undefined;
const knownCurrencies = () => (currencies ??= new Set(Intl.supportedValuesOf('currency')));
export const UNKNOWN_CURRENCY = 'unknown_currency';

// z.number() already refuses NaN and ±Infinity in zod 4.
const between = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));

// ---------- schemas, built on first use ----------

/**
 * Every schema, built at the first use of any: building them costs the first screen's start-up
 * time before anything is validated, and they must be built after zod's settings (main.tsx).
 */
function buildSchemas() {
  const money = between(0, LIMITS.maxMoney);
  const ratio = between(0, 1);
  const quantity = between(0, LIMITS.maxSize);
  // Spec decision: divisors (accounts per manager, members per moderator, hours per FTE) are
  // at least 1, so no cost can blow up by dividing by a tiny positive number.
  const divisor = between(1, LIMITS.maxSize);
  const months = between(1, LIMITS.maxMonths);
  const id = z.string().check(z.minLength(1), z.maxLength(LIMITS.idLength));
  const idList = z.array(id).check(z.maxLength(LIMITS.collectionItems));
  // Spec decision: empty names and texts are valid (work in progress); rules point out what is missing.
  const name = z.string().check(z.maxLength(LIMITS.nameLength));
  const longText = z.string().check(z.maxLength(LIMITS.longTextLength));

  // Spec decision (§9.8): the schema enforces the bounds beyond which a formula stops meaning
  // anything (churn below 1, at least one month, at least one account per manager, an LTV:CAC
  // target of at least 1, no more hours than a month has). The narrower ranges of the §2.2/§2.3
  // tables stay guidance in DEFAULTS (min/max): a cheaper call centre or a longer handle time is
  // a real business, not a damaged file.

  const relationshipTypeSchema = z.enum(RELATIONSHIP_TYPES);

  // ---------- relationships ----------

  const relationshipFacetsSchema = z.strictObject({
    contactMode: z.enum(CONTACT_MODES),
    audience: z.enum(AUDIENCES),
    provider: z.enum(PROVIDERS),
    customerRole: z.enum(CUSTOMER_ROLES),
    bond: z.optional(z.enum(BONDS)),
  });

  /** Union of the per-type parameters of §2.3; every field is optional (an override). */
  const costParamsSchema = z.partial(
    z.strictObject({
      setupCost: money,
      fixedMonthly: money,
      amortizationMonths: months,
      contactsPerCustomerMonth: quantity,
      handleMinutes: quantity,
      loadedHourlyCost: money,
      productiveHoursPerFte: between(1, LIMITS.maxHoursPerMonth),
      stepStaffing: z.boolean(),
      outsourcedCostPerContact: money,
      accountsPerManager: divisor,
      managerMonthlyCost: money,
      selfServiceContactsPerCustomerMonth: quantity,
      costPerSelfServiceContact: money,
      escalationRate: ratio,
      varPerCustomer: money,
      participationRate: ratio,
      activeMembersPerModerator: divisor,
      moderatorMonthlyCost: money,
      platformMonthly: money,
      deflectionRate: ratio,
      minCoreContributors: quantity,
      reviewTeamMonthly: money,
      coCreatedRevenueShare: ratio,
      contributorRevenueShare: ratio,
    }),
  );

  const relationshipAssignmentSchema = z.strictObject({
    id,
    segmentId: id,
    type: relationshipTypeSchema,
    purposes: enumSet(RELATIONSHIP_PURPOSES),
    status: z.enum(RELATIONSHIP_STATUSES),
    facets: relationshipFacetsSchema,
    coverage: ratio,
    channelIds: idList,
    params: z.optional(costParamsSchema),
    notes: z.optional(longText),
  });

  // ---------- segments ----------

  const customerArchetypeSchema = z.strictObject({
    role: z.enum(ARCHETYPE_ROLES),
    whoTheyAre: longText,
    howTheyBuy: longText,
    whatInterestsThem: longText,
    influencedBy: z.optional(longText),
  });

  const channelAnswersSchema = z.partial(
    z.strictObject({
      wanted: longText,
      current: longText,
      integration: longText,
      bestWorking: longText,
      costEfficient: longText,
      routines: longText,
    } satisfies Record<(typeof CHANNEL_QUESTIONS)[number], typeof longText>),
  );

  const segmentSchema = z.strictObject({
    id,
    name,
    marketType: z.enum(MARKET_TYPES),
    archetype: customerArchetypeSchema,
    // Spec decision: sizes may be fractional (estimates); staff steps round up anyway.
    size: quantity,
    newCustomersPerMonth: z.optional(quantity),
    /** absent: not entered yet (§9.5); an entered 0 is a free segment and is judged */
    monthlyRevenuePerCustomer: z.optional(money),
    grossMargin: ratio,
    // churn 1 would mean every customer leaves within the month they came
    monthlyChurn: z.number().check(z.minimum(0), z.lt(1)),
    expectedRelationships: enumSet(RELATIONSHIP_TYPES),
    acquisitionCostOverride: z.optional(money),
    lifecycle: z.optional(z.enum(LIFECYCLE_STAGES)),
    /** free-text answers to the channel questions (§9.7), keyed by CHANNEL_QUESTIONS */
    channelAnswers: z.optional(channelAnswersSchema),
    // Spec decision (extension of §4): a colour slot and a short label identify the segment
    // wherever it is linked; colour is never the only signal, so the label travels with it.
    colorIndex: z.optional(z.int().check(z.minimum(0), z.maximum(SEGMENT_COLOR_COUNT - 1))),
    label: z.optional(z.string().check(z.maxLength(LIMITS.segmentLabelLength))),
  });

  // ---------- tactics ----------

  const tacticSchema = z.strictObject({
    id,
    segmentId: id,
    stage: z.enum(TACTIC_STAGES),
    kind: z.enum(TACTIC_KINDS),
    demandCreation: z.optional(z.enum(DEMAND_CREATIONS)),
    funnelStep: z.optional(z.enum(FUNNEL_STEPS)),
    channelIds: z.optional(idList),
    monthlyCost: z.optional(money),
    expectedArpuUplift: z.optional(ratio),
    description: z.optional(longText),
  });

  // ---------- channels ----------

  const channelSchema = z.strictObject({
    id,
    name,
    kind: z.enum(CHANNEL_KINDS),
    ownership: z.enum(CHANNEL_OWNERSHIPS),
    directness: z.enum(CHANNEL_DIRECTNESSES),
    medium: z.enum(CHANNEL_MEDIUMS),
    functions: enumSet(CHANNEL_FUNCTIONS),
    phases: enumSet(CHANNEL_PHASES),
    segmentIds: idList,
    partnerName: z.optional(name),
    partnerMargin: z.optional(ratio),
    revenueShare: z.optional(ratio),
    monthlyCost: z.optional(money),
  });

  // ---------- notes ----------

  const noteSchema = z.strictObject({
    id,
    text: longText,
    /** segment ids only */
    linkedIds: z.optional(idList),
  });

  // ---------- settings ----------

  // z.record over an enum key is exhaustive in zod 4 and refuses other keys.
  const byRelationshipType = <T extends z.ZodMiniType>(value: T) =>
    z.record(relationshipTypeSchema, value);

  const ruleSettingsSchema = z.strictObject({
    // a target below 1 would accept customers worth less than they cost to win
    ltvCacTarget: between(1, 100),
    paybackMaxMonths: months,
    maxCostShare: ratio,
    dedicatedMaxServed: quantity,
    personalOnlyMaxN: quantity,
    minCoreContributors: quantity,
    highValueArpu: money,
    disabledRules: z.optional(idList),
  });

  const canvasSettingsSchema = z.strictObject({
    amortizationMonths: months,
    lifetimeCapMonths: months,
    annualDiscountRate: z.optional(ratio),
    typeDefaults: byRelationshipType(costParamsSchema),
    defaultCacByType: byRelationshipType(money),
    rules: ruleSettingsSchema,
  });

  // ---------- canvas ----------

  const notes = z.array(noteSchema).check(z.maxLength(LIMITS.collectionItems));

  const channelChecklistItemSchema = z.strictObject({
    questionId: z.enum(CHANNEL_CHECKLIST_QUESTIONS),
    answer: z.optional(longText),
    done: z.boolean(),
  });

  /** One entry per question at most; a question without an entry is unanswered and not done. */
  const channelChecklistSchema = z.array(channelChecklistItemSchema).check(
    z.maxLength(CHANNEL_CHECKLIST_QUESTIONS.length),
    z.refine((items) => distinct(items.map((item) => item.questionId)), {
      message: DUPLICATE_ITEM,
      params: { code: DUPLICATE_ITEM },
    }),
  );

  const canvasShapeSchema = z.strictObject({
    id,
    name,
    // ISO 4217 code that Intl knows (§9.8): Intl.NumberFormat throws on a malformed one.
    currency: z.string().check(
      z.refine(isKnownCurrency, {
        message: UNKNOWN_CURRENCY,
        params: { code: UNKNOWN_CURRENCY },
      }),
    ),
    locale: z.enum(CANVAS_LOCALES),
    description: z.optional(longText),
    sources: z.optional(z.array(longText).check(z.maxLength(LIMITS.collectionItems))),
    segments: z.array(segmentSchema).check(z.maxLength(LIMITS.collectionItems)),
    valuePropositions: notes,
    channels: z.array(channelSchema).check(z.maxLength(LIMITS.collectionItems)),
    relationships: z.array(relationshipAssignmentSchema).check(z.maxLength(LIMITS.relationships)),
    tactics: z.array(tacticSchema).check(z.maxLength(LIMITS.collectionItems)),
    revenueStreams: notes,
    keyResources: notes,
    keyActivities: notes,
    keyPartners: notes,
    costStructure: notes,
    /** the channel innovation checklist (§9.7); absent: nothing answered yet */
    channelChecklist: z.optional(channelChecklistSchema),
    settings: canvasSettingsSchema,
  });

  // A list, not an object: the names would be in the first screen's JavaScript twice.
  return [
    relationshipTypeSchema,
    relationshipFacetsSchema,
    costParamsSchema,
    relationshipAssignmentSchema,
    customerArchetypeSchema,
    channelAnswersSchema,
    segmentSchema,
    tacticSchema,
    channelSchema,
    noteSchema,
    ruleSettingsSchema,
    canvasSettingsSchema,
    channelChecklistItemSchema,
    channelChecklistSchema,
    canvasShapeSchema,
  ] as const;
}
type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;
const built = (): Schemas => (schemas ??= buildSchemas());

export const relationshipTypeSchema = lazySchema(() => built()[0]);
export const relationshipFacetsSchema = lazySchema(() => built()[1]);
export const costParamsSchema = lazySchema(() => built()[2]);
export const relationshipAssignmentSchema = lazySchema(() => built()[3]);
export const customerArchetypeSchema = lazySchema(() => built()[4]);
export const channelAnswersSchema = lazySchema(() => built()[5]);
export const segmentSchema = lazySchema(() => built()[6]);
export const tacticSchema = lazySchema(() => built()[7]);
export const channelSchema = lazySchema(() => built()[8]);
export const noteSchema = lazySchema(() => built()[9]);
export const ruleSettingsSchema = lazySchema(() => built()[10]);
export const canvasSettingsSchema = lazySchema(() => built()[11]);
export const channelChecklistItemSchema = lazySchema(() => built()[12]);
export const channelChecklistSchema = lazySchema(() => built()[13]);

/** Custom integrity codes, carried in `params.code` of zod's `custom` issues. */
export const INTEGRITY_CODES = [
  'duplicate_id',
  'unknown_segment',
  'unknown_channel',
  'tactic_kind_mismatch',
] as const;
export type IntegrityCode = (typeof INTEGRITY_CODES)[number];

type Path = (string | number)[];

function checkIntegrity(canvas: z.infer<Schemas[14]>, ctx: z.core.$RefinementCtx): void {
  const report = (path: Path, code: IntegrityCode) =>
    ctx.addIssue({ code: 'custom', path, message: code, params: { code } });

  const seen = new Set<string>([canvas.id]);
  const checkUnique = (entityId: string, path: Path) => {
    if (seen.has(entityId)) report(path, 'duplicate_id');
    seen.add(entityId);
  };
  const segmentIds = new Set(canvas.segments.map((s) => s.id));
  const channelIds = new Set(canvas.channels.map((c) => c.id));
  const checkSegment = (segmentId: string, path: Path) => {
    if (!segmentIds.has(segmentId)) report(path, 'unknown_segment');
  };
  const checkChannels = (ids: readonly string[] | undefined, path: Path) =>
    ids?.forEach((channelId, i) => {
      if (!channelIds.has(channelId)) report([...path, i], 'unknown_channel');
    });

  canvas.segments.forEach((s, i) => checkUnique(s.id, ['segments', i, 'id']));
  canvas.channels.forEach((c, i) => {
    checkUnique(c.id, ['channels', i, 'id']);
    c.segmentIds.forEach((s, j) => checkSegment(s, ['channels', i, 'segmentIds', j]));
  });
  canvas.relationships.forEach((r, i) => {
    checkUnique(r.id, ['relationships', i, 'id']);
    checkSegment(r.segmentId, ['relationships', i, 'segmentId']);
    checkChannels(r.channelIds, ['relationships', i, 'channelIds']);
  });
  canvas.tactics.forEach((t, i) => {
    checkUnique(t.id, ['tactics', i, 'id']);
    checkSegment(t.segmentId, ['tactics', i, 'segmentId']);
    checkChannels(t.channelIds, ['tactics', i, 'channelIds']);
    // Spec decision: a tactic's kind must belong to its stage (a loyalty programme is not a "get").
    const kinds: readonly string[] = TACTIC_KINDS_BY_STAGE[t.stage];
    if (!kinds.includes(t.kind)) report(['tactics', i, 'kind'], 'tactic_kind_mismatch');
  });
  for (const block of NOTE_BLOCKS) {
    canvas[block].forEach((note, i) => {
      checkUnique(note.id, [block, i, 'id']);
      note.linkedIds?.forEach((s, j) => checkSegment(s, [block, i, 'linkedIds', j]));
    });
  }
}

/** The whole canvas, including referential integrity (ids unique, references resolve). */
export const canvasSchema = lazySchema(() => built()[14].check(z.superRefine(checkIntegrity)));

/**
 * The schema inside an optional field: what a form field validates once something is typed.
 * @example unwrapOptional(segmentSchema.shape.label) // the label's string schema
 */
export function unwrapOptional<T extends z.core.SomeType>(schema: z.ZodMiniOptional<T>): T {
  return schema._zod.def.innerType;
}

export type CanvasProblem = { path: (string | number)[]; code: string };

/**
 * Maps a failed parse to `{ path, code }` problems: the custom integrity code when there is
 * one, else zod's issue code. An unknown key becomes one problem whose path ends in that key.
 * @example canvasProblems(canvasSchema.safeParse(data)) // [{ path: ['segments', 0, 'size'], code: 'too_small' }]
 */
export function canvasProblems(
  result: { success: true } | { success: false; error: z.core.$ZodError },
): CanvasProblem[] {
  if (result.success) return [];
  return result.error.issues.flatMap((issue): CanvasProblem[] => {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    // Spec decision: one problem per unknown key, its path ending in the key, so the UI can name it.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], code: issue.code }));
    }
    const custom = issue.code === 'custom' ? issue.params?.code : undefined;
    return [{ path, code: typeof custom === 'string' ? custom : issue.code }];
  });
}

// ---------- types ----------

export type Id = string;
/** An amount in the canvas currency; per month unless the name says otherwise. */
export type Money = number;
/** 0..1 */
export type Ratio = number;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
export type RelationshipPurpose = (typeof RELATIONSHIP_PURPOSES)[number];
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];
export type ContactMode = (typeof CONTACT_MODES)[number];
export type Audience = (typeof AUDIENCES)[number];
export type Provider = (typeof PROVIDERS)[number];
export type CustomerRole = (typeof CUSTOMER_ROLES)[number];
export type MarketType = (typeof MARKET_TYPES)[number];
export type ChannelPhase = (typeof CHANNEL_PHASES)[number];
export type ChannelOwnership = (typeof CHANNEL_OWNERSHIPS)[number];
export type ChannelDirectness = (typeof CHANNEL_DIRECTNESSES)[number];
export type ChannelMedium = (typeof CHANNEL_MEDIUMS)[number];
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export type ChannelFunction = (typeof CHANNEL_FUNCTIONS)[number];
export type TacticStage = (typeof TACTIC_STAGES)[number];
export type DemandCreation = (typeof DEMAND_CREATIONS)[number];
export type FunnelStep = (typeof FUNNEL_STEPS)[number];
export type GetTacticKind = (typeof GET_TACTIC_KINDS)[number];
export type KeepTacticKind = (typeof KEEP_TACTIC_KINDS)[number];
export type GrowTacticKind = (typeof GROW_TACTIC_KINDS)[number];
export type TacticKind = (typeof TACTIC_KINDS)[number];
export type ArchetypeRole = (typeof ARCHETYPE_ROLES)[number];
export type CanvasLocale = (typeof CANVAS_LOCALES)[number];
export type NoteBlock = (typeof NOTE_BLOCKS)[number];
export type CanvasBlockId = (typeof CANVAS_BLOCKS)[number];
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
export type ChannelQuestionId = (typeof CHANNEL_QUESTIONS)[number];
export type ChannelChecklistQuestionId = (typeof CHANNEL_CHECKLIST_QUESTIONS)[number];
export type ChannelAnswers = z.infer<typeof channelAnswersSchema>;
export type ChannelChecklistItem = z.infer<typeof channelChecklistItemSchema>;

export type RelationshipFacets = z.infer<typeof relationshipFacetsSchema>;
export type CostParams = z.infer<typeof costParamsSchema>;
export type RelationshipAssignment = z.infer<typeof relationshipAssignmentSchema>;
export type CustomerArchetype = z.infer<typeof customerArchetypeSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type Tactic = z.infer<typeof tacticSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type Note = z.infer<typeof noteSchema>;
export type RuleSettings = z.infer<typeof ruleSettingsSchema>;
export type CanvasSettings = z.infer<typeof canvasSettingsSchema>;
export type Canvas = z.infer<typeof canvasSchema>;
