import fc from 'fast-check';
import i18next from 'i18next';

import {
  createChannel,
  createEmptyCanvas,
  createNote,
  createRelationship,
  createSegment,
  createTactic,
  type Canvas,
} from '@/domain';
import { diffCanvases } from '@/domain/canvasDiff';
import { initI18n } from '@/i18n/config';

import { canvasArb } from './arbitraries';

/** A small canvas with one of everything the diff names. */
function base(): Canvas {
  const canvas = createEmptyCanvas({ name: 'Café', currency: 'EUR', locale: 'en' });
  const segment = createSegment({ id: 's1', name: 'Offices', size: 120, grossMargin: 0.6 });
  const rel = { ...createRelationship('s1', 'personal_assistance'), id: 'r1' };
  const channel = { ...createChannel({ name: 'Shop' }), id: 'c1', monthlyCost: 500 };
  const tactic = { ...createTactic('s1', 'keep'), id: 't1' };
  const note = { ...createNote('Fresh coffee every morning'), id: 'n1' };
  return {
    ...canvas,
    segments: [segment],
    relationships: [rel],
    channels: [channel],
    tactics: [tactic],
    valuePropositions: [note],
  };
}

const keys = (before: Canvas, after: Canvas) => diffCanvases(before, after).map((c) => c.key);

describe('diffCanvases', () => {
  it('finds nothing between a canvas and itself, or a copy of it', () => {
    fc.assert(
      fc.property(canvasArb, (canvas) => {
        expect(diffCanvases(canvas, structuredClone(canvas))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('names segments added, removed and renamed, by their names', () => {
    const before = base();
    const after = {
      ...before,
      segments: [
        { ...before.segments[0]!, name: 'Offices downtown' },
        createSegment({ id: 's2', name: 'Students' }),
      ],
    };
    expect(diffCanvases(before, after)).toEqual([
      {
        key: 'versions:change.segmentRenamed',
        values: { before: 'Offices', after: 'Offices downtown' },
        entityId: 's1',
      },
      { key: 'versions:change.segmentAdded', values: { name: 'Students' }, entityId: 's2' },
    ]);
    expect(diffCanvases(after, before).map((c) => c.key)).toContain(
      'versions:change.segmentRemoved',
    );
  });

  it('gives a key number its value before and after, and says when it was entered or cleared', () => {
    const before = base();
    const segment = before.segments[0]!;
    const after = {
      ...before,
      segments: [{ ...segment, size: 150, monthlyRevenuePerCustomer: 40 }],
      channels: [{ ...before.channels[0]!, monthlyCost: undefined }],
    };
    expect(diffCanvases(before, after)).toEqual([
      {
        key: 'versions:change.count.changed',
        values: { name: 'Offices', field: 'segment.size', before: 120, after: 150 },
        entityId: 's1',
      },
      {
        key: 'versions:change.money.set',
        values: { name: 'Offices', field: 'segment.monthlyRevenuePerCustomer', after: 40 },
        entityId: 's1',
      },
      {
        key: 'versions:change.money.cleared',
        values: { name: 'Shop', field: 'channel.monthlyCost', before: 500 },
        entityId: 'c1',
      },
    ]);
  });

  it('names a relationship by its segment and type, and its purposes and type changes', () => {
    const before = base();
    const rel = before.relationships[0]!;
    const after = {
      ...before,
      relationships: [{ ...rel, type: 'self_service' as const, purposes: ['retention' as const] }],
    };
    const changes = diffCanvases(before, after);
    expect(changes[0]).toEqual({
      key: 'versions:change.relationshipTypeChanged',
      values: { segment: 'Offices', before: 'personal_assistance', after: 'self_service' },
      entityId: 'r1',
    });
    expect(changes[1]?.key).toBe('versions:change.relationshipPurposesChanged');
    expect(changes[1]?.values).toMatchObject({
      before: rel.purposes.join(','),
      after: 'retention',
    });
    // The facets follow the type in the editor, but the learner is told of the type, not each facet.
    expect(changes).toHaveLength(2);
  });

  it('reports an edit it has no words for as an edit of that entity, never nothing', () => {
    const before = base();
    const after = {
      ...before,
      segments: [{ ...before.segments[0]!, marketType: 'multi_sided' as const }],
      relationships: [{ ...before.relationships[0]!, coverage: 0.5, channelIds: ['c1'] }],
    };
    expect(keys(before, after)).toEqual([
      'versions:change.segmentEdited',
      'versions:change.percent.changed',
      'versions:change.relationshipEdited',
    ]);
  });

  it('lists notes added, removed and edited with the start of their text', () => {
    const before = base();
    const long = 'A'.repeat(100);
    const after = {
      ...before,
      valuePropositions: [{ ...before.valuePropositions[0]!, text: long }],
      keyPartners: [{ ...createNote('Roaster'), id: 'n2' }],
    };
    const changes = diffCanvases(before, after);
    // in the blocks' order on the board: key partners come first
    expect(changes.map((c) => c.key)).toEqual([
      'versions:change.noteAdded',
      'versions:change.noteEdited',
    ]);
    expect(changes[0]?.values).toEqual({ block: 'keyPartners', text: 'Roaster' });
    expect(changes[1]?.values.block).toBe('valuePropositions');
    expect(String(changes[1]?.values.after)).toHaveLength(60);
  });

  it('lists channels and tactics added and removed', () => {
    const before = base();
    const after = {
      ...before,
      channels: [],
      tactics: [{ ...createTactic('s1', 'get', { kind: 'seo' }), id: 't2' }],
    };
    expect(keys(before, after)).toEqual([
      'versions:change.channelRemoved',
      'versions:change.tacticRemoved',
      'versions:change.tacticAdded',
    ]);
  });

  it('has a sentence in every language for whatever it reports', async () => {
    await initI18n('en');
    const before = base();
    const after = structuredClone(before);
    after.name = 'Café 2';
    after.segments[0]!.size = 200;
    after.relationships[0]!.status = 'planned';
    after.tactics[0]!.monthlyCost = 90;
    after.valuePropositions = [];
    for (const lng of ['en', 'es']) {
      await i18next.changeLanguage(lng);
      for (const change of diffCanvases(before, after)) {
        const text = i18next.t(change.key, { ...change.values, currency: 'EUR' });
        expect(text).not.toContain('versions:');
        expect(text).not.toContain('$t(');
        expect(text).not.toMatch(/\{\{|enum\./);
      }
    }
    await i18next.changeLanguage('en');
    const [sizeChange] = diffCanvases(before, after).filter((c) => c.key.includes('count'));
    expect(i18next.t(sizeChange!.key, sizeChange!.values)).toBe(
      '“Offices”: customers from 120 to 200.',
    );
  });
});
