/**
 * Skype (DOMAIN.md §5.2): automated mass customisation, high fixed and almost no marginal
 * cost. Every number is illustrative; the texts say so.
 */
import { createDefaultSettings } from '../defaults';
import type { Canvas, CanvasLocale, CanvasSettings } from '../schema';
import { describedSegment, facetsOf, note, sourceUrls } from './build';
import { exampleTexts } from './texts';

export const SKYPE_ID = 'skype';

const SEG = {
  webUsers: 'ex-skype-seg-web-users',
  phoneCallers: 'ex-skype-seg-phone-callers',
} as const;

const CH = {
  skypeCom: 'ex-skype-ch-skype-com',
  headsetPartners: 'ex-skype-ch-headset-partners',
} as const;

/**
 * Spec decision: Skype's per-user figures replace this canvas' type defaults (instead of living on
 * each relationship), because CR28 prices what a segment expects at the canvas' defaults and
 * Skype's whole point is that an extra user costs almost nothing (BMG p. 98).
 */
function peerToPeerSettings(): CanvasSettings {
  const settings = createDefaultSettings();
  const { automated_services: automated, self_service: selfService } = settings.typeDefaults;
  // calls run on the users' own computers and no agent ever picks up
  settings.typeDefaults.automated_services = {
    ...automated,
    varPerCustomer: 0.002,
    escalationRate: 0.001,
  };
  // help pages answer nearly everything; few users ever look for help
  settings.typeDefaults.self_service = {
    ...selfService,
    selfServiceContactsPerCustomerMonth: 0.05,
    costPerSelfServiceContact: 0.02,
    escalationRate: 0.01,
  };
  return settings;
}

export function buildSkype(locale: CanvasLocale): Canvas {
  const t = exampleTexts(locale).skype;
  const both = [SEG.webUsers, SEG.phoneCallers];
  return {
    id: SKYPE_ID,
    name: t.name,
    currency: 'USD',
    locale,
    description: t.description,
    sources: sourceUrls('S6'),
    segments: [
      {
        id: SEG.webUsers,
        ...describedSegment(t.segments.webUsers, 'end_user'),
        marketType: 'mass',
        size: 80_000_000,
        // Spec decision: a small blended ARPU (the occasional top-up) instead of 0, so the free
        // tier is read as a cheap, self-funding segment rather than a loss on its own.
        monthlyRevenuePerCustomer: 0.25,
        grossMargin: 0.5,
        monthlyChurn: 0.02,
        expectedRelationships: ['automated_services', 'self_service'],
        colorIndex: 0,
        label: 'A',
      },
      {
        id: SEG.phoneCallers,
        ...describedSegment(t.segments.phoneCallers, 'economic_buyer'),
        marketType: 'niche',
        size: 2_000_000,
        monthlyRevenuePerCustomer: 8,
        grossMargin: 0.45,
        monthlyChurn: 0.03,
        expectedRelationships: ['automated_services', 'self_service'],
        colorIndex: 1,
        label: 'B',
      },
    ],
    channels: [
      {
        id: CH.skypeCom,
        name: t.channels.skypeCom,
        kind: 'web_sales',
        ownership: 'own',
        directness: 'direct',
        medium: 'web',
        functions: ['communication', 'sales', 'distribution'],
        phases: ['awareness', 'evaluation', 'purchase', 'delivery', 'after_sales'],
        segmentIds: both,
      },
      {
        id: CH.headsetPartners,
        name: t.channels.headsetPartners,
        kind: 'partner_store',
        ownership: 'partner',
        directness: 'indirect',
        medium: 'physical',
        functions: ['communication', 'sales'],
        phases: ['awareness', 'purchase'],
        segmentIds: both,
      },
    ],
    relationships: [
      {
        id: 'ex-skype-rel-web-automated',
        segmentId: SEG.webUsers,
        type: 'automated_services',
        purposes: ['retention'],
        status: 'established',
        facets: facetsOf('automated_services', { bond: 'long_term' }),
        coverage: 1,
        channelIds: [CH.skypeCom],
        params: { setupCost: 2_000_000, fixedMonthly: 500_000 },
        notes: t.relationships.webAutomated,
      },
      {
        id: 'ex-skype-rel-web-self-service',
        segmentId: SEG.webUsers,
        type: 'self_service',
        purposes: ['acquisition', 'retention'],
        status: 'established',
        facets: facetsOf('self_service'),
        coverage: 1,
        channelIds: [CH.skypeCom],
        notes: t.relationships.webSelfService,
      },
      {
        id: 'ex-skype-rel-web-community',
        segmentId: SEG.webUsers,
        type: 'communities',
        purposes: ['retention'],
        status: 'planned',
        facets: facetsOf('communities'),
        coverage: 0.05,
        channelIds: [CH.skypeCom],
        params: { participationRate: 0.02, activeMembersPerModerator: 5_000 },
        notes: t.relationships.webCommunity,
      },
      {
        id: 'ex-skype-rel-phone-automated',
        segmentId: SEG.phoneCallers,
        type: 'automated_services',
        purposes: ['retention', 'upselling'],
        status: 'established',
        facets: facetsOf('automated_services', { bond: 'long_term' }),
        coverage: 1,
        channelIds: [CH.skypeCom],
        params: { setupCost: 1_000_000, fixedMonthly: 200_000 },
        notes: t.relationships.phoneAutomated,
      },
      {
        id: 'ex-skype-rel-phone-self-service',
        segmentId: SEG.phoneCallers,
        type: 'self_service',
        purposes: ['acquisition', 'retention'],
        status: 'established',
        facets: facetsOf('self_service', { audience: 'individual' }),
        coverage: 1,
        channelIds: [CH.skypeCom],
        notes: t.relationships.phoneSelfService,
      },
    ],
    tactics: [
      {
        id: 'ex-skype-tac-web-word-of-mouth',
        segmentId: SEG.webUsers,
        stage: 'get',
        kind: 'word_of_mouth',
        demandCreation: 'earned',
        funnelStep: 'viral_loop',
        description: t.tactics.webWordOfMouth,
      },
      {
        id: 'ex-skype-tac-web-free-download',
        segmentId: SEG.webUsers,
        stage: 'get',
        kind: 'freemium',
        demandCreation: 'earned',
        funnelStep: 'acquire',
        channelIds: [CH.skypeCom],
        monthlyCost: 300_000,
        description: t.tactics.webFreeDownload,
      },
      {
        id: 'ex-skype-tac-web-first-call',
        segmentId: SEG.webUsers,
        stage: 'get',
        kind: 'freemium',
        demandCreation: 'earned',
        funnelStep: 'activate',
        channelIds: [CH.skypeCom],
        monthlyCost: 100_000,
        description: t.tactics.webFirstCall,
      },
      {
        id: 'ex-skype-tac-web-updates',
        segmentId: SEG.webUsers,
        stage: 'keep',
        kind: 'product_updates',
        channelIds: [CH.skypeCom],
        monthlyCost: 200_000,
        description: t.tactics.webUpdates,
      },
      {
        id: 'ex-skype-tac-web-unbundling',
        segmentId: SEG.webUsers,
        stage: 'grow',
        kind: 'unbundling',
        channelIds: [CH.skypeCom],
        description: t.tactics.webUnbundling,
      },
      {
        id: 'ex-skype-tac-web-referrals',
        segmentId: SEG.webUsers,
        stage: 'grow',
        kind: 'referrals',
        description: t.tactics.webReferrals,
      },
      {
        id: 'ex-skype-tac-phone-partners',
        segmentId: SEG.phoneCallers,
        stage: 'get',
        kind: 'biz_dev',
        demandCreation: 'paid',
        funnelStep: 'interest',
        channelIds: [CH.headsetPartners],
        monthlyCost: 300_000,
        description: t.tactics.phonePartners,
      },
      {
        id: 'ex-skype-tac-phone-search-ads',
        segmentId: SEG.phoneCallers,
        stage: 'get',
        kind: 'sem',
        demandCreation: 'paid',
        funnelStep: 'acquire',
        channelIds: [CH.skypeCom],
        monthlyCost: 150_000,
        description: t.tactics.phoneSearchAds,
      },
      {
        id: 'ex-skype-tac-phone-free-credit',
        segmentId: SEG.phoneCallers,
        stage: 'get',
        kind: 'free_trial',
        demandCreation: 'earned',
        funnelStep: 'activate',
        channelIds: [CH.skypeCom],
        monthlyCost: 150_000,
        description: t.tactics.phoneFreeCredit,
      },
      {
        id: 'ex-skype-tac-phone-call-quality',
        segmentId: SEG.phoneCallers,
        stage: 'keep',
        kind: 'customer_satisfaction',
        channelIds: [CH.skypeCom],
        monthlyCost: 20_000,
        description: t.tactics.phoneCallQuality,
      },
      {
        id: 'ex-skype-tac-phone-plans',
        segmentId: SEG.phoneCallers,
        stage: 'grow',
        kind: 'upselling',
        channelIds: [CH.skypeCom],
        description: t.tactics.phonePlans,
      },
      {
        id: 'ex-skype-tac-phone-number',
        segmentId: SEG.phoneCallers,
        stage: 'grow',
        kind: 'cross_selling',
        channelIds: [CH.skypeCom],
        description: t.tactics.phoneNumber,
      },
    ],
    valuePropositions: [
      note('ex-skype-vp-free-calls', t.valuePropositions.freeCalls, [SEG.webUsers]),
      note('ex-skype-vp-cheap-calls', t.valuePropositions.cheapCalls, [SEG.phoneCallers]),
    ],
    revenueStreams: [
      note('ex-skype-rs-skype-out', t.revenueStreams.skypeOut, both),
      note('ex-skype-rs-blended-arpu', t.revenueStreams.blendedArpu, [SEG.webUsers]),
    ],
    keyResources: [
      note('ex-skype-kr-software', t.keyResources.software),
      note('ex-skype-kr-user-base', t.keyResources.userBase, [SEG.webUsers]),
    ],
    keyActivities: [note('ex-skype-ka-development', t.keyActivities.development)],
    keyPartners: [
      note('ex-skype-kp-carriers', t.keyPartners.carriers, [SEG.phoneCallers]),
      note('ex-skype-kp-headset-makers', t.keyPartners.headsetMakers),
      note('ex-skype-kp-payments', t.keyPartners.payments, [SEG.phoneCallers]),
    ],
    costStructure: [
      note('ex-skype-cs-development', t.costStructure.development),
      note('ex-skype-cs-termination', t.costStructure.termination, [SEG.phoneCallers]),
    ],
    settings: peerToPeerSettings(),
  };
}
