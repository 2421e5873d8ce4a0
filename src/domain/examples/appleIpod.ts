/**
 * Apple iPod + iTunes (DOMAIN.md §5.4): relationships woven into hardware, software and store.
 * Every number is illustrative; the texts say so.
 */
import { createDefaultSettings } from '../defaults';
import type { Canvas, CanvasLocale } from '../schema';
import { describedSegment, facetsOf, note, sourceUrls } from './build';
import { exampleTexts } from './texts';

export const APPLE_IPOD_ID = 'appleIpod';

const SEG = { musicLovers: 'ex-apple-ipod-seg-music-lovers' } as const;

const CH = {
  appleStores: 'ex-apple-ipod-ch-apple-stores',
  appleOnline: 'ex-apple-ipod-ch-apple-online',
  retailers: 'ex-apple-ipod-ch-retailers',
} as const;

export function buildAppleIpod(locale: CanvasLocale): Canvas {
  const t = exampleTexts(locale).appleIpod;
  const all = [SEG.musicLovers];
  return {
    id: APPLE_IPOD_ID,
    name: t.name,
    currency: 'USD',
    locale,
    description: t.description,
    sources: sourceUrls('S30'),
    segments: [
      {
        id: SEG.musicLovers,
        ...describedSegment(t.segments.musicLovers, 'end_user'),
        marketType: 'mass',
        size: 20_000_000,
        // A device every couple of years plus songs and accessories, spread per month.
        monthlyRevenuePerCustomer: 15,
        grossMargin: 0.35,
        // Switching costs keep churn low.
        monthlyChurn: 0.01,
        expectedRelationships: ['self_service', 'automated_services', 'personal_assistance'],
        colorIndex: 0,
        label: 'A',
      },
    ],
    channels: [
      {
        id: CH.appleStores,
        name: t.channels.appleStores,
        kind: 'own_store',
        ownership: 'own',
        directness: 'indirect',
        medium: 'physical',
        functions: ['communication', 'sales', 'distribution'],
        phases: ['awareness', 'evaluation', 'purchase', 'delivery', 'after_sales'],
        segmentIds: all,
      },
      {
        id: CH.appleOnline,
        name: t.channels.appleOnline,
        kind: 'web_sales',
        ownership: 'own',
        directness: 'direct',
        medium: 'web',
        functions: ['communication', 'sales', 'distribution'],
        phases: ['awareness', 'evaluation', 'purchase', 'delivery', 'after_sales'],
        segmentIds: all,
      },
      {
        id: CH.retailers,
        name: t.channels.retailers,
        kind: 'partner_store',
        ownership: 'partner',
        directness: 'indirect',
        medium: 'physical',
        functions: ['communication', 'sales', 'distribution'],
        phases: ['awareness', 'evaluation', 'purchase', 'delivery'],
        segmentIds: all,
        partnerMargin: 0.2,
        revenueShare: 0.3,
      },
    ],
    relationships: [
      {
        id: 'ex-apple-ipod-rel-self-service',
        segmentId: SEG.musicLovers,
        type: 'self_service',
        purposes: ['retention', 'upselling'],
        status: 'established',
        facets: facetsOf('self_service', { audience: 'individual', bond: 'long_term' }),
        coverage: 1,
        channelIds: [CH.appleOnline],
        params: { selfServiceContactsPerCustomerMonth: 0.5 },
        notes: t.relationships.selfService,
      },
      {
        id: 'ex-apple-ipod-rel-automated',
        segmentId: SEG.musicLovers,
        type: 'automated_services',
        purposes: ['retention', 'upselling'],
        status: 'established',
        facets: facetsOf('automated_services', { bond: 'long_term' }),
        coverage: 1,
        channelIds: [CH.appleOnline],
        notes: t.relationships.automated,
      },
      {
        id: 'ex-apple-ipod-rel-store-assistance',
        segmentId: SEG.musicLovers,
        type: 'personal_assistance',
        purposes: ['acquisition', 'retention'],
        status: 'established',
        facets: facetsOf('personal_assistance', { contactMode: 'face_to_face', bond: 'long_term' }),
        coverage: 0.1,
        channelIds: [CH.appleStores],
        params: { contactsPerCustomerMonth: 0.2 },
        notes: t.relationships.storeAssistance,
      },
    ],
    tactics: [
      {
        id: 'ex-apple-ipod-tac-advertising',
        segmentId: SEG.musicLovers,
        stage: 'get',
        kind: 'advertising',
        demandCreation: 'paid',
        funnelStep: 'awareness',
        monthlyCost: 3_000_000,
        description: t.tactics.advertising,
      },
      {
        id: 'ex-apple-ipod-tac-store-trial',
        segmentId: SEG.musicLovers,
        stage: 'get',
        kind: 'free_trial',
        demandCreation: 'earned',
        funnelStep: 'consideration',
        channelIds: [CH.appleStores],
        monthlyCost: 500_000,
        description: t.tactics.storeTrial,
      },
      {
        id: 'ex-apple-ipod-tac-itunes-account',
        segmentId: SEG.musicLovers,
        stage: 'get',
        kind: 'freemium',
        demandCreation: 'earned',
        funnelStep: 'activate',
        channelIds: [CH.appleOnline],
        monthlyCost: 500_000,
        description: t.tactics.itunesAccount,
      },
      {
        id: 'ex-apple-ipod-tac-switching-costs',
        segmentId: SEG.musicLovers,
        stage: 'keep',
        kind: 'product_updates',
        channelIds: [CH.appleOnline],
        monthlyCost: 1_000_000,
        description: t.tactics.switchingCosts,
      },
      {
        id: 'ex-apple-ipod-tac-store-support',
        segmentId: SEG.musicLovers,
        stage: 'keep',
        kind: 'customer_satisfaction',
        channelIds: [CH.appleStores],
        monthlyCost: 300_000,
        description: t.tactics.storeSupport,
      },
      {
        id: 'ex-apple-ipod-tac-single-songs',
        segmentId: SEG.musicLovers,
        stage: 'grow',
        kind: 'unbundling',
        channelIds: [CH.appleOnline],
        description: t.tactics.singleSongs,
      },
      {
        id: 'ex-apple-ipod-tac-bigger-models',
        segmentId: SEG.musicLovers,
        stage: 'grow',
        kind: 'upselling',
        channelIds: [CH.appleStores, CH.appleOnline],
        description: t.tactics.biggerModels,
      },
      {
        id: 'ex-apple-ipod-tac-accessories',
        segmentId: SEG.musicLovers,
        stage: 'grow',
        kind: 'cross_selling',
        channelIds: [CH.appleStores, CH.appleOnline],
        description: t.tactics.accessories,
      },
      {
        id: 'ex-apple-ipod-tac-next-generation',
        segmentId: SEG.musicLovers,
        stage: 'grow',
        kind: 'next_sell',
        description: t.tactics.nextGeneration,
      },
    ],
    valuePropositions: [
      note('ex-apple-ipod-vp-seamless', t.valuePropositions.seamless, all),
      note('ex-apple-ipod-vp-lovemark', t.valuePropositions.lovemark),
    ],
    revenueStreams: [
      note('ex-apple-ipod-rs-devices', t.revenueStreams.devices),
      note('ex-apple-ipod-rs-songs', t.revenueStreams.songs, all),
    ],
    keyResources: [
      note('ex-apple-ipod-kr-system', t.keyResources.system),
      note('ex-apple-ipod-kr-catalogue', t.keyResources.catalogue),
    ],
    keyActivities: [
      note('ex-apple-ipod-ka-design', t.keyActivities.design),
      note('ex-apple-ipod-ka-store', t.keyActivities.store, all),
    ],
    keyPartners: [
      note('ex-apple-ipod-kp-labels', t.keyPartners.labels),
      note('ex-apple-ipod-kp-manufacturers', t.keyPartners.manufacturers),
      note('ex-apple-ipod-kp-retailers', t.keyPartners.retailers, all),
    ],
    costStructure: [
      note('ex-apple-ipod-cs-manufacturing', t.costStructure.manufacturing),
      note('ex-apple-ipod-cs-store-operations', t.costStructure.storeOperations),
    ],
    settings: createDefaultSettings(),
  };
}
