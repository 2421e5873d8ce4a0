import { describe, expect, it } from 'vitest';

import { evaluateCanvas } from '@/domain';
import { filterSummaries, NO_FILTER, sortSummaries } from '@/features/dashboard/classOrder';
import { classEvaluation, summarize } from '@/features/dashboard/classSummary';

import { studentCanvas } from './classCanvases';

const entry = (name: string, canvas = studentCanvas(`${name}'s plan`, [])) => ({
  id: name,
  name,
  canvas,
});

// Ana serves her segment by self-service; Bruno has no retention plan for one of two segments;
// Carla has no relationship at all, so nothing retains her readers either; Dani has no segments.
const ana = entry(
  'Ana',
  studentCanvas('Café', [{ name: 'Commuters', revenue: 30, types: ['self_service'] }]),
);
const bruno = entry(
  'bruno',
  studentCanvas('Bikes', [
    { name: 'Couriers', revenue: 80, types: ['personal_assistance'], purposes: ['acquisition'] },
    { name: 'Tourists', revenue: 5, types: ['communities', 'self_service'] },
  ]),
);
const carla = entry('Carla', studentCanvas('Books', [{ name: 'Readers', revenue: 10 }]));
const dani = entry('Dani');
const summaries = [carla, dani, ana, bruno].map(summarize);
const names = (list: { entry: { name: string } }[]) => list.map((s) => s.entry.name);

describe('summarize', () => {
  it('should read segments, types, totals and findings from the domain evaluation', () => {
    const summary = summarize(bruno);
    const evaluation = evaluateCanvas(bruno.canvas);
    expect(summary.evaluation.totals).toEqual(evaluation.totals);
    expect(summary.segments.map((s) => [s.segment.name, s.types])).toEqual([
      ['Couriers', ['personal_assistance']],
      ['Tourists', ['self_service', 'communities']],
    ]);
    expect(summary.counts.warning).toBe(
      evaluation.findings.filter((f) => f.severity === 'warning').length,
    );
    expect(summary.noRetention).toBe(1);
    expect(summary.segments[0]?.findings.map((f) => f.ruleId)).toContain('CR08');
  });

  it('should evaluate a canvas version once, however often it is summarised', () => {
    expect(classEvaluation(ana.canvas)).toBe(classEvaluation(ana.canvas));
    expect(summarize(ana)).toBe(summarize(ana));
    const edited = { ...ana, canvas: { ...ana.canvas, name: 'Café 2' } };
    expect(summarize(edited)).not.toBe(summarize(ana));
  });
});

describe('sortSummaries', () => {
  it('should sort by name, ignoring case, and by each figure largest first', () => {
    expect(names(sortSummaries(summaries, 'name', 'en'))).toEqual([
      'Ana',
      'bruno',
      'Carla',
      'Dani',
    ]);
    const errors = (s: (typeof summaries)[number]) =>
      evaluateCanvas(s.entry.canvas).findings.filter((f) => f.severity === 'error').length;
    const byErrors = sortSummaries(summaries, 'errors', 'en').map(errors);
    expect(new Set(byErrors).size).toBeGreaterThan(2);
    expect(byErrors).toEqual([...byErrors].sort((a, b) => b - a));
    expect(names(sortSummaries(summaries, 'segments', 'en'))).toEqual([
      'bruno',
      'Ana',
      'Carla',
      'Dani',
    ]);
    const byRevenue = sortSummaries(summaries, 'revenue', 'en').map(
      (s) => s.evaluation.totals.revenue,
    );
    expect(byRevenue).toEqual([...byRevenue].sort((a, b) => b - a));
  });

  it('should put canvases without a cost share (no revenue) last', () => {
    const sorted = sortSummaries(summaries, 'costShare', 'en');
    expect(sorted.at(-1)?.entry.name).toBe('Dani');
    expect(summarize(dani).evaluation.totals.costShare).toBeNull();
  });
});

describe('filterSummaries', () => {
  it('should keep the canvases with a segment without a retention plan', () => {
    expect(names(filterSummaries(summaries, { ...NO_FILTER, noRetention: true }, 'en'))).toEqual([
      'Carla',
      'bruno',
    ]);
  });

  it('should match names, canvas names and segment names as typed', () => {
    const find = (text: string) => names(filterSummaries(summaries, { ...NO_FILTER, text }, 'en'));
    expect(find('TOURI')).toEqual(['bruno']);
    expect(find('books')).toEqual(['Carla']);
    expect(find('  ')).toHaveLength(4);
  });

  it('should filter by findings and by relationship type', () => {
    const by = (filter: Partial<typeof NO_FILTER>) =>
      names(filterSummaries(summaries, { ...NO_FILTER, ...filter }, 'en'));
    expect(by({ findings: 'errors' })).toEqual(['Carla', 'Ana', 'bruno']);
    expect(by({ findings: 'none' })).toEqual(['Dani']);
    expect(by({ findings: 'warnings' })).toEqual(
      summaries.filter((s) => s.counts.warning > 0).map((s) => s.entry.name),
    );
    expect(by({ type: 'communities' })).toEqual(['bruno']);
    expect(by({ type: 'self_service', noRetention: true })).toEqual(['bruno']);
  });
});
