/**
 * locales/{es,en}/domain.json must carry a text for every key the domain emits, with
 * placeholders that match the values the domain sends.
 */
import fc from 'fast-check';

import { DEFAULTS } from '@/domain/defaults';
import { evaluateCanvas } from '@/domain/evaluate';
import { RELATIONSHIP_TYPES, type Canvas } from '@/domain/schema';
import { NULL_REASONS, type ExplainStep } from '@/domain/types';

import en from '../../locales/en/domain.json';
import es from '../../locales/es/domain.json';
import { canvasArb } from './arbitraries';
import { canvasWith, relationshipWith, segmentWith, workedExample } from './economicsFixtures';

const LOCALES = { en, es } as const;

function lookup(resource: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[part]
          : undefined,
      resource,
    );
}

function leafKeys(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object') return [prefix];
  return Object.entries(node).flatMap(([key, child]) =>
    leafKeys(child, prefix ? `${prefix}.${key}` : key),
  );
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1] ?? '');

/** A canvas that makes every cost sub-model emit every one of its steps. */
function everyStepCanvas(): Canvas {
  const canvas = canvasWith(segmentWith({ acquisitionCostOverride: undefined }), [
    ...RELATIONSHIP_TYPES.map((type) => relationshipWith(type, { purposes: ['acquisition'] })),
    relationshipWith('personal_assistance', {
      id: 'outsourced',
      facets: {
        contactMode: 'remote_live',
        audience: 'individual',
        provider: 'third_party',
        customerRole: 'served',
      },
    }),
    relationshipWith('personal_assistance', { id: 'steps', params: { stepStaffing: true } }),
  ]);
  canvas.segments[0]!.newCustomersPerMonth = 40;
  canvas.tactics = [
    { id: 'ads', segmentId: 'seg', stage: 'get', kind: 'advertising', monthlyCost: 4_000 },
    { id: 'upsell', segmentId: 'seg', stage: 'grow', kind: 'upselling', expectedArpuUplift: 0.1 },
  ];
  canvas.channels = [
    {
      id: 'shop',
      name: 'Shop',
      kind: 'partner_store',
      ownership: 'partner',
      directness: 'indirect',
      medium: 'physical',
      functions: ['sales'],
      phases: ['purchase'],
      segmentIds: ['seg'],
      partnerMargin: 0.3,
      revenueShare: 0.4,
      monthlyCost: 600,
    },
    {
      id: 'web',
      name: 'Web',
      kind: 'web_sales',
      ownership: 'own',
      directness: 'direct',
      medium: 'web',
      functions: ['sales'],
      phases: ['awareness'],
      segmentIds: [],
      monthlyCost: 100,
    },
  ];
  return canvas;
}

/** §2.5's key accounts: a manager per 30 accounts, break-even at 6 (§9.2). */
function keyAccounts(): Canvas {
  const segment = segmentWith({ size: 120, monthlyRevenuePerCustomer: 3_000, grossMargin: 0.6 });
  return canvasWith(segment, [
    relationshipWith('dedicated_personal_assistance', { params: { accountsPerManager: 30 } }),
  ]);
}

/** A private bank: a manager per 36 clients costs more per client than each one earns (§9.2). */
function neverBreaksEven(): Canvas {
  return canvasWith(segmentWith({ monthlyRevenuePerCustomer: 150, grossMargin: 0.6 }), [
    relationshipWith('dedicated_personal_assistance', { params: { accountsPerManager: 36 } }),
  ]);
}

function stepsOf(canvas: Canvas): ExplainStep[] {
  const evaluation = evaluateCanvas(canvas);
  return [
    ...evaluation.segments.flatMap((s) => [
      ...Object.values(s.explain).flat(),
      ...s.breakdown.flatMap((b) => b.explain),
    ]),
    ...evaluation.channels.flatMap((c) => Object.values(c.explain).flat()),
  ];
}

function expectTranslated(step: ExplainStep) {
  expect(step.key.startsWith('domain:')).toBe(true);
  const path = step.key.slice('domain:'.length);
  for (const [lng, resource] of Object.entries(LOCALES)) {
    const text = lookup(resource, path);
    expect(typeof text, `${lng} ${path}`).toBe('string');
    for (const name of placeholders(String(text))) {
      expect(step.values, `${lng} ${path} {{${name}}}`).toHaveProperty(name);
    }
  }
}

describe('domain locale files', () => {
  it('should have the same keys in Spanish and English', () => {
    expect(leafKeys(es).sort()).toEqual(leafKeys(en).sort());
  });

  it('should translate every explain step with matching placeholders', () => {
    const canvases = [
      everyStepCanvas(),
      workedExample({ size: 0 }),
      workedExample({ acquisitionCostOverride: undefined }),
      workedExample({ monthlyChurn: 0.001, acquisitionCostOverride: 0 }),
      neverBreaksEven(),
      keyAccounts(),
    ];
    const keys = new Set<string>();
    for (const step of canvases.flatMap(stepsOf)) {
      keys.add(step.key);
      expectTranslated(step);
    }
    // the canvases above reach every explain key of the locale files
    const explainKeys = leafKeys(en.explain).map((k) => `domain:explain.${k}`);
    expect([...keys].filter((k) => k.startsWith('domain:explain.')).sort()).toEqual(
      explainKeys.sort(),
    );
  });

  it('should translate the steps of any valid canvas', () => {
    fc.assert(
      fc.property(canvasArb, (canvas) => stepsOf(canvas).forEach(expectTranslated)),
      { numRuns: 50 },
    );
  });

  it('should name every null reason, metric and parameter, and say why each default', () => {
    const metrics = Object.keys(evaluateCanvas(workedExample()).segments[0]?.explain ?? {});
    const paramNames = new Set([
      ...RELATIONSHIP_TYPES.flatMap((type) => Object.keys(DEFAULTS.typeParams[type])),
      ...Object.keys(DEFAULTS.segment),
      ...Object.keys(DEFAULTS.rules),
    ]);
    const whyKeys = [
      ...RELATIONSHIP_TYPES.flatMap((type) =>
        Object.keys(DEFAULTS.typeParams[type]).map((name) => `why.${type}.${name}`),
      ),
      ...Object.keys(DEFAULTS.segment).map((name) => `why.segment.${name}`),
      ...Object.keys(DEFAULTS.cacByType).map((name) => `why.cacByType.${name}`),
      ...Object.keys(DEFAULTS.rules).map((name) => `why.rules.${name}`),
    ];
    const required = [
      ...NULL_REASONS.map((reason) => `nullReasons.${reason}`),
      ...metrics.map((metric) => `metrics.${metric}`),
      ...Object.keys(evaluateCanvas(everyStepCanvas()).channels[0]?.explain ?? {}).map(
        (metric) => `channelMetrics.${metric}`,
      ),
      ...[...paramNames].map((name) => `params.${name}`),
      'params.defaultCacByType',
      ...whyKeys,
    ];
    for (const [lng, resource] of Object.entries(LOCALES)) {
      for (const key of required)
        expect(typeof lookup(resource, key), `${lng} ${key}`).toBe('string');
    }
  });
});
