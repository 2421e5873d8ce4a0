import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createTactic, evaluateCanvas } from '@/domain';
import { i18next } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';

import { figure, money } from '../../support/figures';
import { OpenCanvasCard } from '../../support/OpenCanvasCard';
import { activeCanvas, seedSmbCanvas } from '../../support/seedCanvas';

describe("SegmentEconomicsCard with the domain's second-edition results (§9.4, §9.5)", () => {
  it('should say why there is no LTV with growth while no grow tactic gives an uplift', () => {
    const { segmentId } = seedSmbCanvas();
    render(<OpenCanvasCard segmentId={segmentId} />);
    expect(figure('Lifetime value with growth')).toHaveTextContent(
      'No grow tactic gives an expected increase in revenue per customer.',
    );
  });

  it('should show "not entered yet" for a segment whose revenue is missing, not an error', async () => {
    seedSmbCanvas();
    const halfId = useCanvasStore.getState().addSegment({ name: 'Half filled', size: 300 });
    render(<OpenCanvasCard segmentId={halfId} />);
    expect(figure('Lifetime value (LTV)')).toHaveTextContent('Revenue not entered yet');
    expect(figure('Revenue')).toHaveTextContent('Revenue not entered yet');
    expect(
      evaluateCanvas(activeCanvas()).findings.filter(
        (f) => f.segmentId === halfId && f.ruleId === 'CR23',
      ),
    ).toEqual([]);

    await act(() => i18next.changeLanguage('es'));
    expect(figure('Ingresos')).toHaveTextContent(/no has indicado los ingresos/);
  });

  it('should show LTV with growth beside the base LTV once a grow tactic has an uplift', () => {
    const { segmentId } = seedSmbCanvas();
    useCanvasStore
      .getState()
      .addTactic(createTactic(segmentId, 'grow', { expectedArpuUplift: 0.2 }));
    const economics = evaluateCanvas(activeCanvas()).segments[0];
    if (economics?.ltvWithGrowth == null || economics.ltv == null)
      throw new Error('the domain gives no LTV with growth');
    render(<OpenCanvasCard segmentId={segmentId} />);
    expect(figure('Lifetime value with growth')).toHaveTextContent(
      money('en', economics.ltvWithGrowth),
    );
    expect(figure('Lifetime value (LTV)')).toHaveTextContent(money('en', economics.ltv));
  });
});
