import enTexts from '../../locales/en/examples.json';
import esTexts from '../../locales/es/examples.json';

import { evaluateCanvas } from '@/domain/evaluate';
import { EXAMPLES, getExampleCanvases } from '@/domain/examples';
import { PRIVATE_BANKER } from '@/domain/examples/privateBank';
import { RULES, type RuleId } from '@/domain/rules';
import {
  canvasSchema,
  NOTE_BLOCKS,
  type Canvas,
  type ChannelPhase,
  type RelationshipPurpose,
  type RelationshipType,
  type Segment,
  type TacticStage,
} from '@/domain/schema';

const LOCALES = ['es', 'en'] as const;
const ARCHETYPE_TEXTS = ['whoTheyAre', 'howTheyBuy', 'whatInterestsThem', 'influencedBy'] as const;

function exampleCanvas(id: string, locale: 'es' | 'en' = 'en'): Canvas {
  const canvas = getExampleCanvases(locale).find((c) => c.id === id);
  if (!canvas) throw new Error(`no example ${id}`);
  return canvas;
}

/** Every string of a value, with its path, walking objects and arrays. */
function stringLeaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, `${path}.${k}`));
  }
  return [];
}

/** The translated texts of a canvas, by path; everything else is structure. */
function textsOf(canvas: Canvas): Map<string, string> {
  const texts = new Map<string, string>([
    ['name', canvas.name],
    ['description', canvas.description ?? ''],
  ]);
  for (const s of canvas.segments) {
    texts.set(`${s.id}.name`, s.name);
    for (const key of ARCHETYPE_TEXTS) texts.set(`${s.id}.${key}`, s.archetype[key] ?? '');
  }
  for (const c of canvas.channels) texts.set(c.id, c.name);
  for (const r of canvas.relationships) texts.set(r.id, r.notes ?? '');
  for (const t of canvas.tactics) texts.set(t.id, t.description ?? '');
  for (const block of NOTE_BLOCKS) for (const n of canvas[block]) texts.set(n.id, n.text);
  return texts;
}

/** The canvas with its language set aside and every translated text blanked. */
function structureOf(canvas: Canvas): Canvas {
  return {
    ...canvas,
    locale: 'en',
    name: '',
    description: '',
    segments: canvas.segments.map((s) => ({
      ...s,
      name: '',
      archetype: { role: s.archetype.role, whoTheyAre: '', howTheyBuy: '', whatInterestsThem: '' },
    })),
    channels: canvas.channels.map((c) => ({ ...c, name: '' })),
    relationships: canvas.relationships.map((r) => ({ ...r, notes: '' })),
    tactics: canvas.tactics.map((t) => ({ ...t, description: '' })),
    ...Object.fromEntries(
      NOTE_BLOCKS.map((block) => [block, canvas[block].map((n) => ({ ...n, text: '' }))]),
    ),
  };
}

function keyPaths(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

// ---------- canvas edits used by the teaching scenarios ----------

const withSegment = (canvas: Canvas, segmentId: string, patch: Partial<Segment>): Canvas => ({
  ...canvas,
  segments: canvas.segments.map((s) => (s.id === segmentId ? { ...s, ...patch } : s)),
});

const expecting = (canvas: Canvas, segmentId: string, type: RelationshipType): Canvas => {
  const segment = canvas.segments.find((s) => s.id === segmentId);
  const expected = [...(segment?.expectedRelationships ?? []), type];
  return withSegment(canvas, segmentId, { expectedRelationships: expected });
};

const withoutRelationships = (
  canvas: Canvas,
  keep: (type: RelationshipType) => boolean,
  segmentId: string,
): Canvas => ({
  ...canvas,
  relationships: canvas.relationships.filter((r) => r.segmentId !== segmentId || keep(r.type)),
});

const detached = (canvas: Canvas, segmentId: string, channelIds: readonly string[]): Canvas => ({
  ...canvas,
  channels: canvas.channels.map((c) =>
    channelIds.includes(c.id)
      ? { ...c, segmentIds: c.segmentIds.filter((id) => id !== segmentId) }
      : c,
  ),
});

/** The segment loses both ways of doing one of get/keep/grow: tactics and relationship purpose. */
const withoutStage = (
  canvas: Canvas,
  segmentId: string,
  stage: TacticStage,
  purpose: RelationshipPurpose,
): Canvas => ({
  ...canvas,
  tactics: canvas.tactics.filter((t) => t.segmentId !== segmentId || t.stage !== stage),
  relationships: canvas.relationships.map((r) =>
    r.segmentId === segmentId ? { ...r, purposes: r.purposes.filter((p) => p !== purpose) } : r,
  ),
});

const withoutPhase = (canvas: Canvas, phase: ChannelPhase): Canvas => ({
  ...canvas,
  channels: canvas.channels.map((c) => ({ ...c, phases: c.phases.filter((p) => p !== phase) })),
});

const withDedicatedBanker = (canvas: Canvas, segmentId: string): Canvas => {
  const template = canvas.relationships.find((r) => r.type === 'dedicated_personal_assistance');
  if (!template) throw new Error('no dedicated relationship to copy');
  const banker = { ...template, id: 'test-dedicated', segmentId, params: PRIVATE_BANKER };
  return { ...canvas, relationships: [...canvas.relationships, banker] };
};

interface Scenario {
  example: string;
  rule: RuleId;
  segmentId: string;
  change: string;
  apply: (canvas: Canvas) => Canvas;
}

const NESPRESSO_HOUSEHOLDS = 'ex-nespresso-seg-households';
const SKYPE_PHONE = 'ex-skype-seg-phone-callers';
const LEGO_FANS = 'ex-lego-seg-fans';
const IPOD_FANS = 'ex-apple-ipod-seg-music-lovers';
const IPOD_PHYSICAL = ['ex-apple-ipod-ch-apple-stores', 'ex-apple-ipod-ch-retailers'];
const BANK_AFFLUENT = 'ex-private-bank-seg-affluent';
const SUPERMARKET_HOUSEHOLDS = 'ex-supermarket-seg-households';
const singleStore = (c: Canvas) => withSegment(c, SUPERMARKET_HOUSEHOLDS, { size: 10_000 });

const SCENARIOS: readonly Scenario[] = [
  {
    example: 'nespresso',
    rule: 'CR16',
    segmentId: NESPRESSO_HOUSEHOLDS,
    change: 'retailers take over capsule sales and after-sales from the Club',
    apply: (c) => {
      const own = [
        'ex-nespresso-ch-boutiques',
        'ex-nespresso-ch-web-app',
        'ex-nespresso-ch-call-centre',
      ];
      const retail = detached(c, NESPRESSO_HOUSEHOLDS, own);
      return {
        ...retail,
        channels: retail.channels.map((ch) =>
          ch.id === 'ex-nespresso-ch-partner-retail'
            ? { ...ch, phases: [...ch.phases, 'after_sales' as const] }
            : ch,
        ),
      };
    },
  },
  {
    example: 'nespresso',
    rule: 'CR13',
    segmentId: NESPRESSO_HOUSEHOLDS,
    change: 'no channel offers after-sales any more',
    apply: (c) => withoutPhase(c, 'after_sales'),
  },
  {
    example: 'nespresso',
    rule: 'CR07',
    segmentId: NESPRESSO_HOUSEHOLDS,
    change: 'households lose every get tactic and acquisition purpose',
    apply: (c) => withoutStage(c, NESPRESSO_HOUSEHOLDS, 'get', 'acquisition'),
  },
  {
    example: 'nespresso',
    rule: 'CR08',
    segmentId: NESPRESSO_HOUSEHOLDS,
    change: 'households lose the Club and every retention purpose',
    apply: (c) => withoutStage(c, NESPRESSO_HOUSEHOLDS, 'keep', 'retention'),
  },
  {
    example: 'nespresso',
    rule: 'CR09',
    segmentId: NESPRESSO_HOUSEHOLDS,
    change: 'households lose every grow tactic and upselling purpose',
    apply: (c) => withoutStage(c, NESPRESSO_HOUSEHOLDS, 'grow', 'upselling'),
  },
  {
    example: 'skype',
    rule: 'CR27',
    segmentId: SKYPE_PHONE,
    change: 'only 20,000 people pay for calls to phones',
    apply: (c) => withSegment(c, SKYPE_PHONE, { size: 20_000 }),
  },
  {
    example: 'skype',
    rule: 'CR22',
    segmentId: SKYPE_PHONE,
    change: 'paying users come to expect a person to help them',
    apply: (c) => expecting(c, SKYPE_PHONE, 'personal_assistance'),
  },
  {
    example: 'skype',
    rule: 'CR09',
    segmentId: 'ex-skype-seg-web-users',
    change: 'free users lose the freemium split and referrals',
    apply: (c) => withoutStage(c, 'ex-skype-seg-web-users', 'grow', 'upselling'),
  },
  {
    example: 'lego',
    rule: 'CR20',
    segmentId: LEGO_FANS,
    change: "the fans' community relationship is removed",
    apply: (c) => withoutRelationships(c, (type) => type !== 'communities', LEGO_FANS),
  },
  {
    example: 'lego',
    rule: 'CR21',
    segmentId: LEGO_FANS,
    change: 'only 3,000 fans (18 core contributors)',
    apply: (c) => withSegment(c, LEGO_FANS, { size: 3_000 }),
  },
  {
    example: 'appleIpod',
    rule: 'CR04',
    segmentId: IPOD_FANS,
    change: 'the iTunes Store no longer reaches the segment',
    apply: (c) => detached(c, IPOD_FANS, ['ex-apple-ipod-ch-apple-online']),
  },
  {
    example: 'appleIpod',
    rule: 'CR14',
    segmentId: IPOD_FANS,
    change: 'only online channels remain and only in-store help is offered',
    apply: (c) =>
      withoutRelationships(
        detached(c, IPOD_FANS, IPOD_PHYSICAL),
        (type) => type === 'personal_assistance',
        IPOD_FANS,
      ),
  },
  {
    example: 'appleIpod',
    rule: 'CR15',
    segmentId: IPOD_FANS,
    change: 'stores and retailers close but in-store help stays',
    apply: (c) => detached(c, IPOD_FANS, IPOD_PHYSICAL),
  },
  {
    example: 'appleIpod',
    rule: 'CR08',
    segmentId: IPOD_FANS,
    change: 'no switching costs, no store support, no retention purpose',
    apply: (c) => withoutStage(c, IPOD_FANS, 'keep', 'retention'),
  },
  {
    example: 'privateBank',
    rule: 'CR18',
    segmentId: BANK_AFFLUENT,
    change: 'every affluent client gets a dedicated banker',
    apply: (c) => withDedicatedBanker(c, BANK_AFFLUENT),
  },
  {
    example: 'privateBank',
    rule: 'CR23',
    segmentId: BANK_AFFLUENT,
    change: 'every affluent client gets a dedicated banker',
    apply: (c) => withDedicatedBanker(c, BANK_AFFLUENT),
  },
  {
    example: 'privateBank',
    rule: 'CR28',
    segmentId: BANK_AFFLUENT,
    change: 'affluent clients come to expect a dedicated banker',
    apply: (c) => expecting(c, BANK_AFFLUENT, 'dedicated_personal_assistance'),
  },
  {
    example: 'supermarket',
    rule: 'CR19',
    segmentId: SUPERMARKET_HOUSEHOLDS,
    change: 'shelves and the loyalty platform go, only the service desk is left',
    apply: (c) =>
      withoutRelationships(c, (type) => type === 'personal_assistance', SUPERMARKET_HOUSEHOLDS),
  },
  {
    example: 'supermarket',
    rule: 'CR24',
    segmentId: SUPERMARKET_HOUSEHOLDS,
    change: 'a single store of 10,000 households keeps the chain-wide loyalty platform',
    apply: singleStore,
  },
  {
    example: 'supermarket',
    rule: 'CR27',
    segmentId: SUPERMARKET_HOUSEHOLDS,
    change: 'a single store of 10,000 households keeps the chain-wide loyalty platform',
    apply: singleStore,
  },
  {
    example: 'supermarket',
    rule: 'CR29',
    segmentId: SUPERMARKET_HOUSEHOLDS,
    change: 'the mature households segment drops its loyalty tactics and retention purposes',
    apply: (c) => ({
      ...c,
      tactics: c.tactics.filter(
        (t) => !(t.stage === 'keep' && t.segmentId === SUPERMARKET_HOUSEHOLDS),
      ),
      relationships: c.relationships.map((r) =>
        r.segmentId === SUPERMARKET_HOUSEHOLDS
          ? { ...r, purposes: r.purposes.filter((p) => p !== 'retention') }
          : r,
      ),
    }),
  },
];

const firing = (canvas: Canvas, rule: RuleId, segmentId: string) =>
  evaluateCanvas(canvas).findings.filter((f) => f.ruleId === rule && f.segmentId === segmentId);

describe('getExampleCanvases', () => {
  describe.each(LOCALES)('in %s', (locale) => {
    const canvases = getExampleCanvases(locale);

    it('should return the examples of EXAMPLES, in order, written in that language', () => {
      expect(canvases.map((c) => c.id)).toEqual(EXAMPLES.map((e) => e.id));
      expect(canvases.every((c) => c.locale === locale)).toBe(true);
    });

    it.each(EXAMPLES.map((e) => e.id))('should make %s a valid canvas', (id) => {
      const result = canvasSchema.safeParse(exampleCanvas(id, locale));
      expect(result.error?.issues ?? []).toEqual([]);
    });

    it('should evaluate every example with no error or warning to start from', () => {
      for (const canvas of canvases) {
        const { segments, findings } = evaluateCanvas(canvas);
        expect(segments).toHaveLength(canvas.segments.length);
        const serious = findings.filter((f) => f.severity !== 'hint');
        expect({ id: canvas.id, serious }).toEqual({ id: canvas.id, serious: [] });
      }
    });

    it('should fill all nine blocks, with structured content in the relationship blocks', () => {
      for (const canvas of canvases) {
        expect(canvas.segments.length, canvas.id).toBeGreaterThan(0);
        expect(canvas.channels.length, canvas.id).toBeGreaterThan(0);
        expect(canvas.relationships.length, canvas.id).toBeGreaterThan(0);
        for (const block of NOTE_BLOCKS) expect(canvas[block].length, block).toBeGreaterThan(0);
        const linked = NOTE_BLOCKS.flatMap((b) => canvas[b]).filter((n) => n.linkedIds?.length);
        expect(linked.length, canvas.id).toBeGreaterThan(0);

        for (const segment of canvas.segments) {
          expect(segment.expectedRelationships.length, segment.id).toBeGreaterThan(0);
          expect(segment.archetype.influencedBy, segment.id).toBeTruthy();
          const stages = canvas.tactics
            .filter((t) => t.segmentId === segment.id)
            .map((t) => t.stage);
          expect(new Set(stages), segment.id).toEqual(new Set(['get', 'keep', 'grow']));
        }
        for (const channel of canvas.channels) {
          expect(channel.phases.length * channel.segmentIds.length, channel.id).toBeGreaterThan(0);
        }
        for (const rel of canvas.relationships) {
          expect(rel.purposes.length * rel.channelIds.length, rel.id).toBeGreaterThan(0);
        }
        const gets = canvas.tactics.filter((t) => t.stage === 'get');
        expect(
          gets.every((t) => t.demandCreation && t.funnelStep),
          canvas.id,
        ).toBe(true);
        expect(
          canvas.tactics.some((t) => (t.monthlyCost ?? 0) > 0),
          canvas.id,
        ).toBe(true);
        expect(
          canvas.sources?.every((url) => url.startsWith('http')),
          canvas.id,
        ).toBe(true);
      }
    });

    it('should leave no text empty', () => {
      for (const canvas of canvases) {
        const empty = stringLeaves(canvas).filter(([, text]) => text.trim() === '');
        expect(empty, canvas.id).toEqual([]);
        expect([...textsOf(canvas).values()].every((text) => text.trim() !== '')).toBe(true);
      }
    });
  });

  it('should give the Spanish and English versions the same structure and different texts', () => {
    const [es, en] = [getExampleCanvases('es'), getExampleCanvases('en')];
    expect(es.map(structureOf)).toEqual(en.map(structureOf));
    es.forEach((esCanvas, i) => {
      const enTexts = textsOf(en[i] ?? esCanvas);
      const same = [...textsOf(esCanvas)].filter(([path, text]) => enTexts.get(path) === text);
      expect(same, esCanvas.id).toEqual([]);
    });
  });

  it('should build fresh copies, so editing one does not change the next', () => {
    const first = exampleCanvas('lego');
    first.segments.splice(0);
    expect(exampleCanvas('lego').segments.length).toBeGreaterThan(0);
  });
});

describe('locales/*/examples.json', () => {
  it('should have the same keys in Spanish and English', () => {
    expect(keyPaths(esTexts).sort()).toEqual(keyPaths(enTexts).sort());
  });
});

describe('EXAMPLES', () => {
  it('should teach only known rules, each backed by a scenario below', () => {
    const known = new Set<string>(RULES.map((r) => r.id));
    for (const { id, teaches } of EXAMPLES) {
      expect(teaches.length, id).toBeGreaterThan(0);
      expect(
        teaches.every((rule) => known.has(rule)),
        id,
      ).toBe(true);
      const covered = SCENARIOS.filter((s) => s.example === id).map((s) => s.rule);
      expect(new Set(covered), id).toEqual(new Set(teaches));
    }
  });
});

describe('teaching scenarios', () => {
  it.each(SCENARIOS)(
    '$example: $rule fires when $change',
    ({ example, rule, segmentId, apply }) => {
      const canvas = exampleCanvas(example);
      expect(firing(canvas, rule, segmentId)).toEqual([]);
      expect(firing(apply(canvas), rule, segmentId).length).toBeGreaterThan(0);
    },
  );

  it('private bank: a relationship manager costs €250 per client per month (m = 15,000, a = 60)', () => {
    const bank = evaluateCanvas(exampleCanvas('privateBank'));
    const hnwi = bank.segments.find((s) => s.segmentId === 'ex-private-bank-seg-hnwi');
    const dedicated = hnwi?.breakdown.find((b) => b.type === 'dedicated_personal_assistance');
    // 3,000 clients ÷ 60 = 50 managers × €15,000, plus €10,000 set-up over 36 months
    expect(dedicated?.staffMonthly).toBe(50 * 15_000);
    expect(dedicated?.perCustomer).toBeCloseTo(250, 0);
    expect(hnwi?.headroom).toBeGreaterThan(0);
  });

  it('nespresso: own channels cost money by reach, the partner retailers keep a margin instead (§9.3)', () => {
    const { channels, segments } = evaluateCanvas(exampleCanvas('nespresso'));
    const byId = new Map(channels.map((c) => [c.channelId, c]));
    const boutiques = byId.get('ex-nespresso-ch-boutiques');
    const retail = byId.get('ex-nespresso-ch-partner-retail');
    expect(boutiques).toMatchObject({ monthlyCost: 600_000, partnerMarginGiven: null });
    expect(boutiques?.costPerCustomer).toBeCloseTo(600_000 / (boutiques?.customersReached ?? 1), 9);
    expect(retail?.monthlyCost).toBe(0);
    expect(retail?.partnerMarginGiven).toBeGreaterThan(0);
    expect(segments.every((s) => s.channelCost > 0)).toBe(true);
  });

  it('skype and the supermarket: relationships stay cheap per customer at scale', () => {
    for (const id of ['skype', 'supermarket']) {
      for (const segment of evaluateCanvas(exampleCanvas(id)).segments) {
        expect(segment.costShare, segment.segmentId).toBeLessThan(0.1);
        expect(segment.headroom, segment.segmentId).toBeGreaterThan(0);
      }
    }
  });
});
