/**
 * The SecondEdition step (v1 → v2): first-edition files keep their numbers, and the few values
 * the second edition refuses are clamped and reported instead of losing the file.
 */
import { parseCanvasFile } from '@/domain/file';
import { migrateCanvasData } from '@/domain/migrations';
import { MAX_MIGRATED_CHURN } from '@/domain/migrations/secondEdition';

import fixtureText from '../fixtures/canvas-v1.vinculo.json?raw';
import edgesText from '../fixtures/canvas-v1-edges.vinculo.json?raw';

describe('SecondEdition migration', () => {
  it('should keep every value of a first-edition file that is still in range', () => {
    const result = parseCanvasFile(fixtureText);
    expect(result).toEqual({
      ok: true,
      canvas: JSON.parse(fixtureText).canvas,
      migratedFrom: 1,
    });
  });

  it('should clamp the values the second edition refuses, report each one, and keep an entered 0 revenue', () => {
    const result = parseCanvasFile(edgesText);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [segment] = result.canvas.segments;
    expect(segment?.monthlyRevenuePerCustomer).toBe(0);
    expect(segment?.monthlyChurn).toBe(MAX_MIGRATED_CHURN);
    expect(result.canvas.settings.rules.ltvCacTarget).toBe(1);
    expect(result.canvas.currency).toBe('EUR');
    expect(result.canvas.relationships[0]?.params?.productiveHoursPerFte).toBe(744);
    expect(result.adjustments).toEqual([
      { path: ['currency'], from: 'XYZ', to: 'EUR' },
      { path: ['segments', 0, 'monthlyChurn'], from: 1, to: MAX_MIGRATED_CHURN },
      { path: ['relationships', 0, 'params', 'productiveHoursPerFte'], from: 800, to: 744 },
      { path: ['settings', 'rules', 'ltvCacTarget'], from: 0.5, to: 1 },
    ]);
  });

  it('should turn repeated options into sets, keeping the first of each', () => {
    const result = parseCanvasFile(edgesText);
    if (!result.ok) throw new Error('the fixture should load');
    expect(result.canvas.segments[0]?.expectedRelationships).toEqual([
      'personal_assistance',
      'communities',
    ]);
    expect(result.canvas.relationships[0]?.purposes).toEqual(['retention', 'upselling']);
    expect(result.canvas.channels[0]?.phases).toEqual([
      'awareness',
      'purchase',
      'delivery',
      'after_sales',
    ]);
  });

  it('should leave data that is not a canvas for the schema to refuse, without throwing', () => {
    for (const data of [null, 7, 'x', [], { segments: 'no' }]) {
      expect(migrateCanvasData(data, 1)).toMatchObject({ ok: true, migratedFrom: 1 });
    }
  });
});
