import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { SegmentTag } from '@/components/SegmentTag';
import { createSegment } from '@/domain';

describe('SegmentTag', () => {
  it('should show the label on the segment colour and the name', () => {
    render(<SegmentTag segment={createSegment({ name: 'Cafés', label: 'CAF', colorIndex: 3 })} />);
    const chip = screen.getByText('CAF');
    expect(chip).toHaveClass('seg-fill-3');
    expect(screen.getByText('Cafés')).toBeVisible();
  });

  it('should keep the name for screen readers when it is hidden', () => {
    render(<SegmentTag segment={createSegment({ name: 'Hotels', label: 'H' })} showName={false} />);
    expect(screen.getByText('Hotels')).toHaveClass('visually-hidden');
    expect(screen.getByText('H').parentElement).toHaveAttribute('title', 'Hotels');
  });

  it('should name an unnamed segment and derive a label from it', () => {
    render(<SegmentTag segment={{ name: '  ', label: '', colorIndex: 9 }} />);
    expect(screen.getByText('Unnamed segment')).toBeInTheDocument();
    expect(screen.getByText('UN')).toHaveClass('seg-fill-1');
  });
});
