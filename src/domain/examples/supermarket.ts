/**
 * A supermarket chain (DOMAIN.md §5.6): self-service at the origin, automated loyalty on top,
 * customers split by value. Every number is illustrative; the texts say so.
 */
import { createDefaultSettings } from '../defaults';
import type { Canvas, CanvasLocale, CostParams } from '../schema';
import { describedSegment, facetsOf, note, sourceUrls } from './build';
import { exampleTexts } from './texts';

export const SUPERMARKET_ID = 'supermarket';

const SEG = {
  households: 'ex-supermarket-seg-households',
  loyalShoppers: 'ex-supermarket-seg-loyal-shoppers',
} as const;

const CH = {
  stores: 'ex-supermarket-ch-stores',
  onlineGrocery: 'ex-supermarket-ch-online-grocery',
  mailingsApp: 'ex-supermarket-ch-mailings-app',
} as const;

// Shelves answer most needs; only a few shoppers ask for help, and fewer still need a person.
const OPEN_SHELVES: CostParams = { selfServiceContactsPerCustomerMonth: 0.2, escalationRate: 0.05 };

export function buildSupermarket(locale: CanvasLocale): Canvas {
  const t = exampleTexts(locale).supermarket;
  const both = [SEG.households, SEG.loyalShoppers];
  return {
    id: SUPERMARKET_ID,
    name: t.name,
    currency: 'EUR',
    locale,
    description: t.description,
    sources: sourceUrls('S32'),
    segments: [
      {
        id: SEG.households,
        ...describedSegment(t.segments.households, 'economic_buyer'),
        marketType: 'mass',
        // a saturated market: the effort moved from winning shoppers to keeping them (CR29)
        lifecycle: 'mature',
        size: 1_200_000,
        monthlyRevenuePerCustomer: 150,
        grossMargin: 0.22,
        monthlyChurn: 0.02,
        expectedRelationships: ['self_service', 'automated_services'],
        colorIndex: 0,
        label: 'A',
      },
      {
        // One customer in five, buying as much as the other four together (the 80/20 split).
        id: SEG.loyalShoppers,
        ...describedSegment(t.segments.loyalShoppers, 'decision_maker'),
        marketType: 'segmented',
        // a saturated market: the effort moved from winning shoppers to keeping them (CR29)
        lifecycle: 'mature',
        size: 300_000,
        monthlyRevenuePerCustomer: 600,
        grossMargin: 0.28,
        monthlyChurn: 0.008,
        expectedRelationships: ['self_service', 'automated_services', 'personal_assistance'],
        colorIndex: 1,
        label: 'B',
      },
    ],
    channels: [
      {
        id: CH.stores,
        name: t.channels.stores,
        kind: 'own_store',
        ownership: 'own',
        directness: 'indirect',
        medium: 'physical',
        functions: ['communication', 'sales', 'distribution'],
        phases: ['awareness', 'evaluation', 'purchase', 'delivery', 'after_sales'],
        segmentIds: both,
      },
      {
        id: CH.onlineGrocery,
        name: t.channels.onlineGrocery,
        kind: 'web_sales',
        ownership: 'own',
        directness: 'direct',
        medium: 'web',
        functions: ['sales', 'distribution'],
        phases: ['purchase', 'delivery'],
        segmentIds: both,
      },
      {
        id: CH.mailingsApp,
        name: t.channels.mailingsApp,
        kind: 'mobile_app',
        ownership: 'own',
        directness: 'direct',
        medium: 'mobile',
        functions: ['communication'],
        phases: ['awareness', 'after_sales'],
        segmentIds: both,
      },
    ],
    relationships: [
      {
        id: 'ex-supermarket-rel-households-self-service',
        segmentId: SEG.households,
        type: 'self_service',
        purposes: ['retention'],
        status: 'established',
        facets: facetsOf('self_service', { bond: 'transactional' }),
        coverage: 1,
        channelIds: [CH.stores, CH.onlineGrocery],
        params: OPEN_SHELVES,
        notes: t.relationships.householdsSelfService,
      },
      {
        id: 'ex-supermarket-rel-households-automated',
        segmentId: SEG.households,
        type: 'automated_services',
        purposes: ['retention', 'upselling'],
        status: 'established',
        facets: facetsOf('automated_services', { bond: 'long_term' }),
        coverage: 0.7,
        channelIds: [CH.mailingsApp, CH.onlineGrocery],
        // A loyalty-data platform at chain scale: large and mostly fixed.
        params: { setupCost: 3_000_000, fixedMonthly: 150_000 },
        notes: t.relationships.householdsAutomated,
      },
      {
        id: 'ex-supermarket-rel-households-desk',
        segmentId: SEG.households,
        type: 'personal_assistance',
        purposes: ['retention'],
        status: 'established',
        facets: facetsOf('personal_assistance', {
          contactMode: 'face_to_face',
          bond: 'transactional',
        }),
        coverage: 0.1,
        channelIds: [CH.stores],
        notes: t.relationships.householdsDesk,
      },
      {
        id: 'ex-supermarket-rel-loyal-self-service',
        segmentId: SEG.loyalShoppers,
        type: 'self_service',
        purposes: ['retention'],
        status: 'established',
        facets: facetsOf('self_service', { audience: 'individual', bond: 'long_term' }),
        coverage: 1,
        channelIds: [CH.stores, CH.onlineGrocery],
        params: OPEN_SHELVES,
        notes: t.relationships.loyalSelfService,
      },
      {
        id: 'ex-supermarket-rel-loyal-automated',
        segmentId: SEG.loyalShoppers,
        type: 'automated_services',
        purposes: ['retention', 'upselling'],
        status: 'established',
        facets: facetsOf('automated_services', { bond: 'long_term' }),
        coverage: 1,
        channelIds: [CH.mailingsApp, CH.onlineGrocery],
        params: { setupCost: 1_000_000, fixedMonthly: 50_000 },
        notes: t.relationships.loyalAutomated,
      },
      {
        id: 'ex-supermarket-rel-loyal-phone',
        segmentId: SEG.loyalShoppers,
        type: 'personal_assistance',
        purposes: ['retention'],
        status: 'planned',
        facets: facetsOf('personal_assistance', { bond: 'long_term' }),
        coverage: 0.3,
        channelIds: [CH.onlineGrocery, CH.stores],
        notes: t.relationships.loyalPhone,
      },
    ],
    tactics: [
      {
        id: 'ex-supermarket-tac-households-leaflets',
        segmentId: SEG.households,
        stage: 'get',
        kind: 'advertising',
        demandCreation: 'paid',
        funnelStep: 'awareness',
        channelIds: [CH.mailingsApp],
        monthlyCost: 1_200_000,
        description: t.tactics.householdsLeaflets,
      },
      {
        id: 'ex-supermarket-tac-households-card-sign-up',
        segmentId: SEG.households,
        stage: 'get',
        kind: 'email_marketing',
        demandCreation: 'paid',
        funnelStep: 'activate',
        channelIds: [CH.stores, CH.mailingsApp],
        monthlyCost: 200_000,
        description: t.tactics.householdsCardSignUp,
      },
      {
        id: 'ex-supermarket-tac-households-clubcard',
        segmentId: SEG.households,
        stage: 'keep',
        kind: 'loyalty_program',
        channelIds: [CH.stores, CH.mailingsApp],
        monthlyCost: 500_000,
        description: t.tactics.householdsClubcard,
      },
      {
        id: 'ex-supermarket-tac-households-coupons',
        segmentId: SEG.households,
        stage: 'grow',
        kind: 'cross_selling',
        channelIds: [CH.mailingsApp],
        description: t.tactics.householdsCoupons,
      },
      {
        id: 'ex-supermarket-tac-households-next-sell',
        segmentId: SEG.households,
        stage: 'grow',
        kind: 'next_sell',
        channelIds: [CH.mailingsApp],
        description: t.tactics.householdsNextSell,
      },
      {
        id: 'ex-supermarket-tac-loyal-mailings',
        segmentId: SEG.loyalShoppers,
        stage: 'get',
        kind: 'email_marketing',
        demandCreation: 'paid',
        funnelStep: 'interest',
        channelIds: [CH.mailingsApp],
        monthlyCost: 200_000,
        description: t.tactics.loyalMailings,
      },
      {
        id: 'ex-supermarket-tac-loyal-first-delivery',
        segmentId: SEG.loyalShoppers,
        stage: 'get',
        kind: 'free_trial',
        demandCreation: 'earned',
        funnelStep: 'activate',
        channelIds: [CH.onlineGrocery],
        monthlyCost: 100_000,
        description: t.tactics.loyalFirstDelivery,
      },
      {
        id: 'ex-supermarket-tac-loyal-clubcard',
        segmentId: SEG.loyalShoppers,
        stage: 'keep',
        kind: 'loyalty_program',
        channelIds: [CH.stores, CH.mailingsApp],
        monthlyCost: 300_000,
        description: t.tactics.loyalClubcard,
      },
      {
        id: 'ex-supermarket-tac-loyal-surveys',
        segmentId: SEG.loyalShoppers,
        stage: 'keep',
        kind: 'customer_satisfaction',
        channelIds: [CH.mailingsApp],
        monthlyCost: 20_000,
        description: t.tactics.loyalSurveys,
      },
      {
        id: 'ex-supermarket-tac-loyal-premium',
        segmentId: SEG.loyalShoppers,
        stage: 'grow',
        kind: 'upselling',
        channelIds: [CH.mailingsApp, CH.onlineGrocery],
        description: t.tactics.loyalPremium,
      },
      {
        id: 'ex-supermarket-tac-loyal-referrals',
        segmentId: SEG.loyalShoppers,
        stage: 'grow',
        kind: 'referrals',
        channelIds: [CH.mailingsApp],
        description: t.tactics.loyalReferrals,
      },
    ],
    valuePropositions: [
      note('ex-supermarket-vp-low-prices', t.valuePropositions.lowPrices, [SEG.households]),
      note('ex-supermarket-vp-rewards', t.valuePropositions.rewards, both),
      note('ex-supermarket-vp-convenience', t.valuePropositions.convenience, [SEG.loyalShoppers]),
    ],
    revenueStreams: [
      note('ex-supermarket-rs-baskets', t.revenueStreams.baskets),
      note('ex-supermarket-rs-supplier-funding', t.revenueStreams.supplierFunding),
    ],
    keyResources: [
      note('ex-supermarket-kr-stores', t.keyResources.stores),
      note('ex-supermarket-kr-basket-data', t.keyResources.basketData, both),
    ],
    keyActivities: [
      note('ex-supermarket-ka-replenishment', t.keyActivities.replenishment),
      note('ex-supermarket-ka-analytics', t.keyActivities.analytics),
    ],
    keyPartners: [
      note('ex-supermarket-kp-suppliers', t.keyPartners.suppliers),
      note('ex-supermarket-kp-analytics', t.keyPartners.analytics),
    ],
    costStructure: [
      note('ex-supermarket-cs-stores', t.costStructure.stores),
      note('ex-supermarket-cs-loyalty', t.costStructure.loyalty, both),
    ],
    settings: createDefaultSettings(),
  };
}
