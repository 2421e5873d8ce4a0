import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { RelationshipWorkbench } from '@/features/relationships/RelationshipWorkbench';

import { activeCanvas, seedSegment } from './seed';

describe('RelationshipWorkbench type cards', () => {
  it('should explain each of the six types with an example and its cost driver', () => {
    const { segmentId } = seedSegment();
    render(<RelationshipWorkbench segmentId={segmentId} />);
    const cards = within(screen.getByRole('tabpanel', { name: 'Relationships' })).getAllByRole(
      'listitem',
    );
    const typeCards = cards.filter((card) =>
      within(card).queryByRole('checkbox', { name: /^Use for this segment \(/ }),
    );
    expect(typeCards).toHaveLength(6);
    const dedicated = screen
      .getByRole('heading', { name: 'Dedicated personal assistance' })
      .closest('li');
    expect(dedicated).not.toBeNull();
    expect(dedicated).toHaveTextContent(/private banker/);
    expect(dedicated).toHaveTextContent(/What drives its cost/);
  });

  it('should add a relationship when a type is switched on and remove it when switched off', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSegment();
    render(<RelationshipWorkbench segmentId={segmentId} />);

    await user.click(screen.getByRole('checkbox', { name: 'Use for this segment (Self-service)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Use for this segment (Communities)' }));
    expect(activeCanvas().relationships.map((r) => [r.segmentId, r.type])).toEqual([
      [segmentId, 'self_service'],
      [segmentId, 'communities'],
    ]);
    expect(screen.getByRole('article', { name: 'Communities' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Use for this segment (Self-service)' }));
    expect(activeCanvas().relationships.map((r) => r.type)).toEqual(['communities']);
    expect(screen.queryByRole('article', { name: 'Self-service' })).not.toBeInTheDocument();
  });

  it('should mark the types the segment expects', () => {
    const { segmentId } = seedSegment({ expectedRelationships: ['personal_assistance'] });
    render(<RelationshipWorkbench segmentId={segmentId} />);
    const personal = screen
      .getByRole('heading', { name: 'Personal assistance', level: 4 })
      .closest('li');
    const selfService = screen
      .getByRole('heading', { name: 'Self-service', level: 4 })
      .closest('li');
    expect(personal).toHaveTextContent('This segment expects it');
    expect(selfService).not.toHaveTextContent('This segment expects it');
  });
});
