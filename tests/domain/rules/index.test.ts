import fc from 'fast-check';
import { i18next } from '@/i18n/config';

import { RULES, RULE_TARGETS } from '@/domain';
import type { Canvas, RelationshipType } from '@/domain/schema';
import type { Finding } from '@/domain/types';

import en from '../../../locales/en/rules.json';
import es from '../../../locales/es/rules.json';
import { canvasArb } from '../arbitraries';
import {
  buildCanvas,
  buildChannel,
  buildRelationship,
  buildSegment,
  buildTactic,
  firedIds,
  healthyParts,
  healthyCanvas,
  run,
  withRules,
  withSegment,
} from './builders';

/** A canvas that fires as many rules as possible at once: two poorly designed segments. */
function messyCanvas(): Canvas {
  const mass = buildSegment({
    id: 'mass',
    name: 'Everyone',
    marketType: 'mass',
    size: 60_000,
    monthlyRevenuePerCustomer: 20,
    archetype: { role: 'other', whoTheyAre: '', howTheyBuy: '', whatInterestsThem: '' },
    expectedRelationships: ['communities', 'self_service'],
  });
  // mature, and nothing keeps these customers (CR29)
  const fans = buildSegment({
    id: 'fans',
    name: 'Fan designers',
    lifecycle: 'mature',
    size: 500,
    monthlyRevenuePerCustomer: 250,
    expectedRelationships: [],
  });
  const empty = buildSegment({ id: 'empty', name: 'Not started', expectedRelationships: [] });
  return buildCanvas({
    segments: [mass, fans, empty],
    channels: [
      buildChannel({
        id: 'ch-app',
        kind: 'mobile_app',
        medium: 'mobile',
        phases: ['awareness'],
        segmentIds: ['mass'],
      }),
      buildChannel({
        id: 'ch-reseller',
        ownership: 'partner',
        medium: 'physical',
        phases: ['purchase'],
        segmentIds: ['fans'],
      }),
    ],
    relationships: [
      buildRelationship('mass', 'dedicated_personal_assistance', { id: 'rel-1', channelIds: [] }),
      buildRelationship('mass', 'personal_assistance', {
        id: 'rel-2',
        facets: {
          contactMode: 'face_to_face',
          audience: 'individual',
          provider: 'own',
          customerRole: 'served',
        },
        channelIds: ['ch-app'],
      }),
      buildRelationship('fans', 'co_creation', { id: 'rel-3', purposes: ['acquisition'] }),
      buildRelationship('fans', 'automated_services', { id: 'rel-4', purposes: ['upselling'] }),
    ],
    tactics: [],
  });
}

/** A small community behind partner stores, with an online funnel that never activates anyone. */
function partnerFrontedCommunity(): Canvas {
  return buildCanvas({
    segments: [buildSegment({ size: 1_000 })],
    channels: [
      buildChannel({ phases: ['awareness', 'evaluation'] }),
      buildChannel({
        id: 'ch-partner',
        kind: 'partner_store',
        ownership: 'partner',
        directness: 'indirect',
        medium: 'physical',
        phases: ['purchase', 'delivery', 'after_sales'],
      }),
    ],
    relationships: [
      buildRelationship('seg', 'communities', { purposes: ['retention'], channelIds: ['ch-web'] }),
      buildRelationship('seg', 'personal_assistance', {
        purposes: ['acquisition'],
        channelIds: ['ch-partner'],
      }),
    ],
    tactics: [buildTactic('seg', 'get', { kind: 'seo', funnelStep: 'acquire' })],
  });
}

/** Far more personal than the self-service the segment expects (CR17 over-serving). */
const OVER_SERVING: RelationshipType[] = [
  'dedicated_personal_assistance',
  'personal_assistance',
  'co_creation',
];

const SAMPLES: Canvas[] = [
  messyCanvas(),
  withSegment(healthyCanvas(), { size: 150, acquisitionCostOverride: 1_500 }),
  withSegment(healthyCanvas(), { acquisitionCostOverride: 1_500 }),
  withSegment(healthyCanvas(), {
    size: 200,
    expectedRelationships: ['personal_assistance', 'dedicated_personal_assistance'],
  }),
  withSegment(healthyCanvas(), { monthlyRevenuePerCustomer: 3 }),
  buildCanvas({
    segments: [buildSegment({ expectedRelationships: ['self_service'] })],
    channels: [buildChannel()],
    relationships: OVER_SERVING.map((type) =>
      buildRelationship('seg', type, { purposes: ['retention'], channelIds: ['ch-web'] }),
    ),
  }),
  partnerFrontedCommunity(),
  buildCanvas({
    ...healthyParts(),
    segments: [buildSegment({ monthlyRevenuePerCustomer: 250 })],
    relationships: healthyParts().relationships.filter((r) => r.type !== 'personal_assistance'),
  }),
];

const sampleFindings = (): Finding[] => SAMPLES.flatMap(run);

const rank = (severity: string) => ['error', 'warning', 'hint'].indexOf(severity);

const variablesOf = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]);

describe('runRules', () => {
  describe('RULES', () => {
    it('should list exactly CR01..CR29 in order with the §3 and §9.7 severities: 4 errors, 17 warnings, 8 hints', () => {
      expect(RULES.map((r) => r.id)).toEqual(
        Array.from({ length: 29 }, (_, i) => `CR${String(i + 1).padStart(2, '0')}`),
      );
      const bySeverity = (severity: string) =>
        RULES.filter((r) => r.severity === severity).map((r) => r.id);
      expect(bySeverity('error')).toEqual(['CR01', 'CR02', 'CR06', 'CR23']);
      expect(bySeverity('hint')).toEqual([
        'CR03',
        'CR04',
        'CR09',
        'CR10',
        'CR11',
        'CR16',
        'CR22',
        'CR29',
      ]);
      expect(bySeverity('warning')).toHaveLength(17);
    });

    it('should give every rule a UI target', () => {
      expect(Object.keys(RULE_TARGETS).sort()).toEqual(RULES.map((r) => r.id));
      expect(RULE_TARGETS.CR06).toBe('channel');
      expect(RULE_TARGETS.CR25).toBe('economics');
    });
  });

  it('should make the sample canvases fire every one of the 29 rules', () => {
    const fired = new Set(sampleFindings().map((f) => f.ruleId));
    expect(RULES.filter((r) => !fired.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('should report findings with a primary severity, except the CR17 and CR25 variants', () => {
    const primary = new Map<string, string>(RULES.map((r) => [r.id, r.severity]));
    const departures = sampleFindings()
      .filter((f) => f.severity !== primary.get(f.ruleId))
      .map((f) => `${f.ruleId}:${f.severity}`);
    expect(new Set(departures)).toEqual(new Set(['CR17:hint', 'CR25:error']));
  });

  it('should never fire a disabled rule and leave the others alone', () => {
    const canvas = messyCanvas();
    const all = firedIds(canvas);
    expect(all).toEqual(expect.arrayContaining(['CR01', 'CR06', 'CR18']));
    const quieter = withRules(canvas, { disabledRules: ['CR01', 'CR06', 'CR18'] });
    expect(firedIds(quieter)).toEqual(all.filter((id) => !['CR01', 'CR06', 'CR18'].includes(id)));
  });

  it('should sort findings by severity, then canvas-wide first and each segment in canvas order', () => {
    const findings = run(messyCanvas());
    const severities = findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => rank(a) - rank(b)));
    for (const severity of ['error', 'warning', 'hint'] as const) {
      const order = findings
        .filter((f) => f.severity === severity)
        .map((f) => f.segmentId ?? 'canvas');
      const places = ['canvas', 'mass', 'fans', 'empty'].filter((p) => order.includes(p));
      expect([...new Set(order)]).toEqual(places);
    }
    expect(findings[0]).toMatchObject({ ruleId: 'CR06', severity: 'error' });
  });

  describe('texts', () => {
    const locales: Record<string, Record<string, Record<string, string>>> = { en, es };

    it.each(['en', 'es'])(
      'should give every rule a title, message, explanation and suggestion in %s',
      (lng) => {
        for (const { id } of RULES) {
          const texts = locales[lng]?.[id];
          expect(Object.keys(texts ?? {}), id).toEqual(
            expect.arrayContaining(['title', 'message', 'explanation', 'suggestion']),
          );
        }
      },
    );

    it('should exercise every message variant of the locale files with the sample canvases', () => {
      const used = new Set(sampleFindings().map((f) => f.messageKey));
      const variants = Object.entries(en).flatMap(([id, texts]) =>
        Object.keys(texts)
          .filter((part) => part.startsWith('message'))
          .map((part) => `rules:${id}.${part}`),
      );
      expect(variants.filter((key) => !used.has(key))).toEqual([]);
    });

    it('should only reference keys that exist and interpolate only values the finding carries', () => {
      for (const finding of sampleFindings()) {
        const keys = [finding.messageKey, finding.explanationKey, finding.suggestionKey];
        for (const key of keys) {
          const [, id = '', part = ''] = /^rules:(CR\d\d)\.(\w+)$/.exec(key ?? '') ?? [];
          for (const lng of ['en', 'es']) {
            const text = locales[lng]?.[id]?.[part];
            expect(text, `${lng} ${key}`).toBeTypeOf('string');
            const missing = variablesOf(text ?? '').filter((v) => !(v! in (finding.values ?? {})));
            expect(missing, `${lng} ${key}`).toEqual([]);
          }
        }
      }
    });

    it.each(['en', 'es'])(
      'should render every sample finding in %s without leftovers',
      async (lng) => {
        const t = i18next.getFixedT(lng);
        await i18next.loadLanguages(lng);
        for (const finding of sampleFindings()) {
          const text = t(finding.messageKey, { ...finding.values, currency: 'EUR' });
          expect(text, finding.messageKey).not.toMatch(/{{|}}|undefined|NaN|rules:|common:/);
        }
      },
    );
  });

  it('should return well-formed findings for any valid canvas and never fire a disabled rule', () => {
    fc.assert(
      fc.property(
        canvasArb,
        fc.subarray<string>(RULES.map((r) => r.id)),
        (canvas, disabledRules) => {
          const findings = run(withRules(canvas, { disabledRules }));
          const known = new Set<string>(RULES.map((r) => r.id));
          for (const f of findings) {
            expect(known.has(f.ruleId) && !disabledRules.includes(f.ruleId)).toBe(true);
            for (const value of Object.values(f.values ?? {})) {
              expect(typeof value === 'string' || Number.isFinite(value)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
