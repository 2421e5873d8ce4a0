import fc from 'fast-check';

import { createEmptyCanvas } from '@/domain/defaults';
import { canvasProblems, canvasSchema, LIMITS, type Canvas } from '@/domain/schema';

import { canvasArb } from './arbitraries';
import { canvasWith, relationshipWith, segmentWith } from './economicsFixtures';

const problemsOf = (data: unknown) => canvasProblems(canvasSchema.safeParse(data));

function linkedCanvas(): Canvas {
  const canvas = canvasWith(segmentWith(), [relationshipWith('self_service')]);
  canvas.channels = [
    {
      id: 'ch',
      name: 'Web',
      kind: 'web_sales',
      ownership: 'own',
      directness: 'direct',
      medium: 'web',
      functions: ['sales'],
      phases: ['purchase'],
      segmentIds: ['seg'],
    },
  ];
  canvas.tactics = [{ id: 'tac', segmentId: 'seg', stage: 'keep', kind: 'newsletter' }];
  canvas.keyPartners = [{ id: 'note', text: 'Partner', linkedIds: ['seg'] }];
  return canvas;
}

describe('canvasSchema', () => {
  it('should accept an empty canvas and a linked one without rewriting them', () => {
    for (const canvas of [createEmptyCanvas(), linkedCanvas()]) {
      const result = canvasSchema.safeParse(canvas);
      expect(canvasProblems(result)).toEqual([]);
      expect(result.data).toStrictEqual(canvas);
    }
  });

  it('should accept every canvas the shared arbitrary builds', () => {
    fc.assert(
      fc.property(canvasArb, (canvas) => {
        expect(problemsOf(canvas)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('should refuse numbers out of range, with zod codes and exact paths', () => {
    const cases: [Partial<Canvas['segments'][number]>, string, string][] = [
      [{ size: -1 }, 'size', 'too_small'],
      [{ size: LIMITS.maxSize + 1 }, 'size', 'too_big'],
      [{ grossMargin: 1.2 }, 'grossMargin', 'too_big'],
      [{ monthlyChurn: Number.NaN }, 'monthlyChurn', 'invalid_type'],
      [{ monthlyRevenuePerCustomer: Infinity }, 'monthlyRevenuePerCustomer', 'invalid_type'],
      [{ acquisitionCostOverride: -Infinity }, 'acquisitionCostOverride', 'invalid_type'],
      [{ acquisitionCostOverride: LIMITS.maxMoney * 2 }, 'acquisitionCostOverride', 'too_big'],
    ];
    for (const [init, field, code] of cases) {
      const canvas = { ...linkedCanvas(), segments: [segmentWith(init)] };
      expect(problemsOf(canvas)).toEqual([{ path: ['segments', 0, field], code }]);
    }
  });

  it('should refuse divisors below 1 so no cost can divide by almost nothing', () => {
    const canvas = linkedCanvas();
    canvas.relationships = [
      relationshipWith('dedicated_personal_assistance', { params: { accountsPerManager: 0.5 } }),
    ];
    expect(problemsOf(canvas)).toEqual([
      { path: ['relationships', 0, 'params', 'accountsPerManager'], code: 'too_small' },
    ]);
  });

  it('should refuse too-long texts and list sizes against LIMITS', () => {
    const canvas = linkedCanvas();
    canvas.name = 'x'.repeat(LIMITS.nameLength + 1);
    canvas.keyPartners = [{ id: 'note', text: 'y'.repeat(LIMITS.longTextLength + 1) }];
    expect(problemsOf(canvas)).toEqual([
      { path: ['name'], code: 'too_big' },
      { path: ['keyPartners', 0, 'text'], code: 'too_big' },
    ]);
    const atLimit = { ...linkedCanvas(), name: 'x'.repeat(LIMITS.nameLength) };
    expect(problemsOf(atLimit)).toEqual([]);
  });

  it('should refuse unknown keys (never strip them), one problem per key', () => {
    const canvas = { ...linkedCanvas(), extra: 1, segments: [{ ...segmentWith(), colour: 'red' }] };
    expect(problemsOf(canvas)).toEqual(
      expect.arrayContaining([
        { path: ['extra'], code: 'unrecognized_keys' },
        { path: ['segments', 0, 'colour'], code: 'unrecognized_keys' },
      ]),
    );
  });

  it('should refuse bad enum values, currencies and incomplete type defaults', () => {
    const canvas = linkedCanvas();
    const typeDefaults: Partial<Canvas['settings']['typeDefaults']> = {
      ...canvas.settings.typeDefaults,
    };
    delete typeDefaults.self_service;
    const broken = {
      ...canvas,
      currency: '€',
      locale: 'fr',
      settings: { ...canvas.settings, typeDefaults },
    };
    expect(problemsOf(broken)).toEqual([
      { path: ['currency'], code: 'unknown_currency' },
      { path: ['locale'], code: 'invalid_value' },
      { path: ['settings', 'typeDefaults', 'self_service'], code: 'invalid_type' },
    ]);
  });
});

describe('canvasSchema ranges and sets (§9.8)', () => {
  it('should refuse each out-of-range value with its path', () => {
    const canvas = linkedCanvas();
    const [segment] = canvas.segments;
    const [rel] = canvas.relationships;
    if (!segment || !rel) throw new Error('fixture');
    const broken = {
      ...canvas,
      segments: [{ ...segment, monthlyChurn: 1, grossMargin: 1.2 }],
      relationships: [{ ...rel, params: { productiveHoursPerFte: 745, accountsPerManager: 0 } }],
      settings: { ...canvas.settings, rules: { ...canvas.settings.rules, ltvCacTarget: 0.5 } },
    };
    expect(problemsOf(broken)).toEqual([
      { path: ['segments', 0, 'grossMargin'], code: 'too_big' },
      { path: ['segments', 0, 'monthlyChurn'], code: 'too_big' },
      { path: ['relationships', 0, 'params', 'productiveHoursPerFte'], code: 'too_big' },
      { path: ['relationships', 0, 'params', 'accountsPerManager'], code: 'too_small' },
      { path: ['settings', 'rules', 'ltvCacTarget'], code: 'too_small' },
    ]);
  });

  it('should refuse repeated purposes, expected types, phases and checklist questions', () => {
    const canvas = linkedCanvas();
    const [segment] = canvas.segments;
    const [rel] = canvas.relationships;
    const [channel] = canvas.channels;
    if (!segment || !rel || !channel) throw new Error('fixture');
    const broken: Canvas = {
      ...canvas,
      segments: [{ ...segment, expectedRelationships: ['self_service', 'self_service'] }],
      relationships: [{ ...rel, purposes: ['retention', 'retention'] }],
      channels: [{ ...channel, phases: ['purchase', 'purchase'] }],
      channelChecklist: [
        { questionId: 'reachAsWanted', done: true },
        { questionId: 'reachAsWanted', done: false },
      ],
    };
    expect(problemsOf(broken)).toEqual([
      { path: ['segments', 0, 'expectedRelationships'], code: 'duplicate_item' },
      { path: ['channels', 0, 'phases'], code: 'duplicate_item' },
      { path: ['relationships', 0, 'purposes'], code: 'duplicate_item' },
      { path: ['channelChecklist'], code: 'duplicate_item' },
    ]);
  });

  it('should accept a currency Intl knows and refuse a well-formed code it does not', () => {
    for (const currency of ['EUR', 'USD', 'MXN', 'JPY']) {
      expect(problemsOf({ ...linkedCanvas(), currency })).toEqual([]);
    }
    expect(problemsOf({ ...linkedCanvas(), currency: 'XYZ' })).toEqual([
      { path: ['currency'], code: 'unknown_currency' },
    ]);
  });

  it('should accept a segment whose revenue is not entered yet, with its life cycle and channel answers', () => {
    const canvas = linkedCanvas();
    const [segment] = canvas.segments;
    if (!segment) throw new Error('fixture');
    const rest = { ...segment };
    delete rest.monthlyRevenuePerCustomer;
    const withNew: Canvas = {
      ...canvas,
      segments: [{ ...rest, lifecycle: 'mature', channelAnswers: { wanted: 'WhatsApp' } }],
      channelChecklist: [{ questionId: 'channelsIntegrated', answer: 'Not yet', done: false }],
    };
    expect(problemsOf(withNew)).toEqual([]);
    expect(problemsOf({ ...withNew, segments: [{ ...rest, lifecycle: 'old' }] })).toEqual([
      { path: ['segments', 0, 'lifecycle'], code: 'invalid_value' },
    ]);
  });
});

describe('canvasSchema integrity', () => {
  it('should report a reference to a missing segment at the offending field', () => {
    const canvas = linkedCanvas();
    canvas.relationships[0]!.segmentId = 'gone';
    canvas.tactics[0]!.segmentId = 'gone';
    canvas.channels[0]!.segmentIds = ['seg', 'gone'];
    expect(problemsOf(canvas)).toEqual([
      { path: ['channels', 0, 'segmentIds', 1], code: 'unknown_segment' },
      { path: ['relationships', 0, 'segmentId'], code: 'unknown_segment' },
      { path: ['tactics', 0, 'segmentId'], code: 'unknown_segment' },
    ]);
  });

  it('should let notes link to segments only', () => {
    const canvas = linkedCanvas();
    canvas.keyPartners = [{ id: 'note', text: '', linkedIds: ['seg', 'ch'] }];
    expect(problemsOf(canvas)).toEqual([
      { path: ['keyPartners', 0, 'linkedIds', 1], code: 'unknown_segment' },
    ]);
  });

  it('should report a reference to a missing channel', () => {
    const canvas = linkedCanvas();
    canvas.relationships[0]!.channelIds = ['ch', 'gone'];
    canvas.tactics[0]!.channelIds = ['gone'];
    expect(problemsOf(canvas)).toEqual([
      { path: ['relationships', 0, 'channelIds', 1], code: 'unknown_channel' },
      { path: ['tactics', 0, 'channelIds', 0], code: 'unknown_channel' },
    ]);
  });

  it('should report every repeated id at its later occurrence, across collections', () => {
    const canvas = linkedCanvas();
    canvas.tactics[0]!.id = 'ch';
    canvas.keyPartners[0]!.id = canvas.id;
    expect(problemsOf(canvas)).toEqual([
      { path: ['tactics', 0, 'id'], code: 'duplicate_id' },
      { path: ['keyPartners', 0, 'id'], code: 'duplicate_id' },
    ]);
  });

  it('should refuse a tactic whose kind belongs to another stage', () => {
    const canvas = linkedCanvas();
    canvas.tactics = [{ id: 'tac', segmentId: 'seg', stage: 'get', kind: 'loyalty_program' }];
    expect(problemsOf(canvas)).toEqual([
      { path: ['tactics', 0, 'kind'], code: 'tactic_kind_mismatch' },
    ]);
  });
});

describe('canvasProblems', () => {
  it('should return no problems for a successful parse', () => {
    expect(canvasProblems(canvasSchema.safeParse(createEmptyCanvas()))).toEqual([]);
  });

  it('should fall back to the issue code for data that is not a canvas at all', () => {
    expect(problemsOf('not a canvas')).toEqual([{ path: [], code: 'invalid_type' }]);
  });
});
