import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { SOURCES } from '@/domain';
import { RelationshipWorkbench } from '@/features/relationships/RelationshipWorkbench';
import { safeUrl } from '@/lib/safeUrl';
import { useCanvasStore } from '@/store/canvasStore';

import { activeCanvas, seedSegment } from './seed';

function setup(
  type:
    | 'personal_assistance'
    | 'dedicated_personal_assistance'
    | 'self_service' = 'personal_assistance',
) {
  const { segmentId } = seedSegment();
  const relId = useCanvasStore.getState().addRelationship(segmentId, type);
  const user = userEvent.setup();
  render(<RelationshipWorkbench segmentId={segmentId} />);
  const costs = screen.getByRole('region', { name: /^Cost assumptions/ });
  const rel = () => activeCanvas().relationships.find((r) => r.id === relId);
  return { user, costs, rel };
}

describe('Cost assumptions', () => {
  it('should list every parameter of the type with its current value', () => {
    const { costs } = setup('dedicated_personal_assistance');
    expect(within(costs).getByLabelText('Accounts per manager')).toHaveValue('50');
    expect(within(costs).getByLabelText('Manager cost per month')).toHaveValue('9000');
    expect(within(costs).getByLabelText('Set-up cost')).toHaveValue('10000');
    expect(within(costs).queryByLabelText('Minutes per contact')).not.toBeInTheDocument();
  });

  it('should override a parameter, show it as yours, and reset it to the canvas default', async () => {
    const { user, costs, rel } = setup();
    const minutes = within(costs).getByLabelText('Minutes per contact');
    const reset = within(costs).getByRole('button', {
      name: 'Reset to default (Minutes per contact)',
    });
    expect(reset).toBeDisabled();

    await user.clear(minutes);
    await user.type(minutes, '12');
    expect(rel()?.params).toEqual({ handleMinutes: 12 });
    expect(reset).toBeEnabled();
    expect(minutes.closest('.param')).toHaveTextContent('Your value');

    await user.click(reset);
    expect(rel()?.params).toBeUndefined();
    expect(minutes).toHaveValue('8');
    expect(minutes.closest('.param')).toHaveTextContent('Default: 8');
  });

  it('should edit ratios as percentages and flag values outside the usual range', async () => {
    const { user, costs, rel } = setup('self_service');
    const escalation = within(costs).getByLabelText('Share passed to a person');
    expect(escalation).toHaveValue('10');
    await user.clear(escalation);
    await user.type(escalation, '95');
    expect(rel()?.params?.escalationRate).toBe(0.95);
    expect(escalation.closest('.param')).toHaveTextContent('Outside the usual range');
  });

  it('should explain why a number: default, range, reasoning and a safe link to its source', async () => {
    const { user, costs } = setup();
    const toggle = within(costs).getByRole('button', {
      name: 'Why this number? (Full cost per productive hour)',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const why = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(why).toBeVisible();
    expect(why).toHaveTextContent('Default: €40.00.');
    expect(why).toHaveTextContent('Usual range: €20.00 to €80.00.');
    expect(why).toHaveTextContent(/more than twice the wage/);
    const link = within(why as HTMLElement).getByRole('link', {
      name: new RegExp(SOURCES.S19.title.slice(0, 20)),
    });
    expect(link).toHaveAttribute('href', safeUrl(SOURCES.S19.urls[0] ?? ''));
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('should say plainly when a default is an assumption', async () => {
    const { user, costs } = setup();
    const toggle = within(costs).getByRole('button', { name: 'Why this number? (Set-up cost)' });
    await user.click(toggle);
    const why = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(why).toHaveTextContent('Default: €5,000.');
    expect(why).toHaveTextContent(/Assumption: no public source gives this figure/);
    expect(within(why as HTMLElement).queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('safeUrl', () => {
  it('should keep http and https links and refuse every other scheme', () => {
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeUrl('http://example.org')).toBe('http://example.org/');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
  });
});
