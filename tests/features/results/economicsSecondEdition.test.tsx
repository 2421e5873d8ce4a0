import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { evaluateCanvas } from '@/domain';
import { i18next } from '@/i18n/config';

import { figure, money } from '../../support/figures';
import { OpenCanvasCard } from '../../support/OpenCanvasCard';
import { activeCanvas, seedSmbCanvas } from '../../support/seedCanvas';

describe('SegmentEconomicsCard, second edition (§9.3–§9.5, §9.8)', () => {
  it('should show the discounted LTV with its explanation, in English and Spanish', async () => {
    const { segmentId } = seedSmbCanvas();
    const economics = evaluateCanvas(activeCanvas()).segments[0];
    if (economics?.ltvDiscounted == null) throw new Error('seed');
    render(<OpenCanvasCard segmentId={segmentId} />);
    expect(figure('Discounted lifetime value')).toHaveTextContent(
      money('en', economics.ltvDiscounted),
    );
    expect(figure('Discounted lifetime value')).toHaveTextContent(
      /each future month's margin is discounted/,
    );

    await act(() => i18next.changeLanguage('es'));
    expect(figure('Valor de vida descontado')).toHaveTextContent(
      money('es', economics.ltvDiscounted),
    );
  });

  it("should show the segment's channel cost and what it lowers", () => {
    const { segmentId } = seedSmbCanvas();
    const economics = evaluateCanvas(activeCanvas()).segments[0];
    if (!economics) throw new Error('seed');
    render(<OpenCanvasCard segmentId={segmentId} />);
    expect(figure('Channel cost')).toHaveTextContent(`${money('en', economics.channelCost)}/month`);
    expect(figure('Channel cost')).toHaveTextContent(/lowers the contribution/);
  });
});
