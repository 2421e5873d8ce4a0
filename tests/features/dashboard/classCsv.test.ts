import { describe, expect, it } from 'vitest';

import { evaluateCanvas } from '@/domain';
import { classCsv } from '@/features/dashboard/classCsv';
import { summarize } from '@/features/dashboard/classSummary';
import { i18next } from '@/i18n/config';

import { studentCanvas } from './classCanvases';
import { parseCsv } from './parseCsv';

const t = i18next.t.bind(i18next);

describe('classCsv', () => {
  const mallory = studentCanvas('=1+1', [
    { name: '=HYPERLINK("http://evil","clic")', revenue: 12, types: ['self_service'] },
    { name: 'Families, "big" ones', revenue: 40, types: ['communities', 'personal_assistance'] },
  ]);
  const entries = [
    { id: '1', name: '@Mallory', canvas: mallory },
    { id: '2', name: 'Ana', canvas: studentCanvas('Empty', []) },
  ];

  it('should write one row per segment with the student, and a row for a canvas without segments', () => {
    const [header, ...rows] = parseCsv(classCsv(entries.map(summarize), t));
    expect(header?.slice(0, 4)).toEqual(['Student', 'Canvas', 'Segment', 'Relationship types']);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r[0])).toEqual(["'@Mallory", "'@Mallory", 'Ana']);
    expect(rows[2]?.slice(1, 3)).toEqual(['Empty', '']);
  });

  it('should neutralise formulas and keep commas and quotes inside their cell', () => {
    const [, first, second] = parseCsv(classCsv(entries.map(summarize), t));
    expect(first?.[1]).toBe("'=1+1");
    expect(first?.[2]).toBe('\'=HYPERLINK("http://evil","clic")');
    expect(second?.[2]).toBe('Families, "big" ones');
    expect(second?.[3]).toBe('Personal assistance; Communities');
  });

  it("should carry the domain's figures in machine form and the findings per segment", () => {
    const [header, first] = parseCsv(classCsv(entries.map(summarize), t));
    const column = (title: string) => header?.indexOf(title) ?? -1;
    const evaluation = evaluateCanvas(mallory);
    const economics = evaluation.segments[0];
    expect(first?.[column('Revenue')]).toBe(String(economics?.revenue));
    expect(first?.[column('Cost as a share of revenue')]).toBe(String(economics?.costShare));
    expect(first?.[column('Currency')]).toBe('EUR');
    const own = evaluation.findings.filter((f) => f.segmentId === mallory.segments[0]?.id);
    expect(own.length).toBeGreaterThan(0);
    expect(first?.[column('Errors')]).toBe(
      String(own.filter((f) => f.severity === 'error').length),
    );
    expect(first?.[column('Rules reported')]?.split(' ').sort()).toEqual(
      [...new Set(own.map((f) => f.ruleId))].sort(),
    );
  });

  it('should title the columns in the interface language', async () => {
    await i18next.changeLanguage('es');
    try {
      const [header] = parseCsv(classCsv(entries.map(summarize), t));
      expect(header?.slice(0, 3)).toEqual(['Estudiante', 'Lienzo', 'Segmento']);
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
