import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { TacticsPlanner } from '@/features/tactics/TacticsPlanner';
import { useCanvasStore } from '@/store/canvasStore';
import { useActiveCanvas } from '@/store/selectors';

import { activeCanvas, seedSegment } from '../relationships/seed';

/** The planner as the workbench renders it: live from the store. */
function Planner({ segmentId }: { segmentId: string }) {
  const canvas = useActiveCanvas();
  const segment = canvas?.segments.find((s) => s.id === segmentId);
  return canvas && segment ? <TacticsPlanner canvas={canvas} segment={segment} /> : null;
}

const section = (name: string) => screen.getByRole('region', { name });
const tacticsOf = (stage: string) => activeCanvas().tactics.filter((x) => x.stage === stage);

describe('TacticsPlanner', () => {
  it('should add a get tactic on the web funnel, place it on "activate" and draw it there', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSegment();
    render(<Planner segmentId={segmentId} />);
    await user.click(screen.getByRole('radio', { name: 'Web and mobile' }));
    const funnel = screen.getByRole('figure', { name: /Web and mobile funnel/ });
    expect(
      within(funnel)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringMatching(/^1Acquire/), expect.stringMatching(/^2Activate/)]);

    const get = section('Get: demand creation');
    await user.click(within(get).getByRole('button', { name: 'Add a get tactic' }));
    expect(within(get).getByLabelText('Tactic')).toHaveFocus();
    expect(tacticsOf('get')).toMatchObject([{ segmentId, funnelStep: 'acquire' }]);

    await user.selectOptions(within(get).getByLabelText('Tactic'), 'Free trial');
    await user.selectOptions(within(get).getByLabelText('Funnel step'), 'Activate');
    await user.type(within(get).getByLabelText('Monthly cost'), '300');
    expect(tacticsOf('get')).toMatchObject([
      { kind: 'free_trial', demandCreation: 'earned', funnelStep: 'activate', monthlyCost: 300 },
    ]);
    const activate = within(funnel).getByText('Activate').closest('li') as HTMLElement;
    expect(
      within(activate).getByRole('button', { name: 'Free trial (Earned) · €300/month' }),
    ).toBeInTheDocument();
    // the domain's total follows once the typing pauses
    expect(await within(get).findByText(/Get tactics: €300 a month\./)).toBeInTheDocument();
  });

  it('should set paid or earned from the kind, and let the user change it', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSegment();
    render(<Planner segmentId={segmentId} />);
    const get = section('Get: demand creation');
    await user.click(within(get).getByRole('button', { name: 'Add a get tactic' }));
    await user.selectOptions(within(get).getByLabelText('Tactic'), 'Advertising');
    expect(tacticsOf('get')[0]?.demandCreation).toBe('paid');
    await user.selectOptions(within(get).getByLabelText('Demand creation'), 'Earned');
    expect(tacticsOf('get')[0]).toMatchObject({ kind: 'advertising', demandCreation: 'earned' });
    // the physical funnel is the default when no channel is digital
    expect(within(get).getByLabelText('Funnel step')).toHaveValue('awareness');
  });

  it('should add keep and grow tactics with a monthly cost, and an uplift for grow', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSegment();
    render(<Planner segmentId={segmentId} />);

    const keep = section('Keep: retention');
    await user.click(within(keep).getByRole('button', { name: 'Add a keep tactic' }));
    await user.selectOptions(within(keep).getByLabelText('Tactic'), 'Newsletter');
    await user.type(within(keep).getByLabelText('Monthly cost'), '120');
    await user.type(within(keep).getByLabelText('Description'), 'Monthly recipes');
    expect(tacticsOf('keep')).toMatchObject([
      { segmentId, kind: 'newsletter', monthlyCost: 120, description: 'Monthly recipes' },
    ]);
    expect(
      await within(keep).findByText('Keep tactics add €120 a month to the relationship cost.'),
    ).toBeInTheDocument();

    const grow = section('Grow: more revenue per customer');
    await user.click(within(grow).getByRole('button', { name: 'Add a grow tactic' }));
    await user.selectOptions(within(grow).getByLabelText('Tactic'), 'Cross-selling');
    await user.type(within(grow).getByLabelText('Monthly cost'), '80');
    await user.type(within(grow).getByLabelText('Expected revenue uplift per customer'), '5');
    expect(tacticsOf('grow')).toMatchObject([
      { kind: 'cross_selling', monthlyCost: 80, expectedArpuUplift: 0.05 },
    ]);
    expect(
      within(grow)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Unbundling', 'Upselling', 'Cross-selling', 'Referrals', 'Next-sell']);
  });

  it('should delete a tactic', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSegment();
    render(<Planner segmentId={segmentId} />);
    const keep = section('Keep: retention');
    await user.click(within(keep).getByRole('button', { name: 'Add a keep tactic' }));
    await user.click(
      within(keep).getByRole('button', { name: 'Delete tactic (Loyalty programme)' }),
    );
    expect(activeCanvas().tactics).toEqual([]);
    expect(within(keep).getByText('No tactics yet.')).toBeInTheDocument();
  });

  it('should open on the web funnel when every channel of the segment is digital', () => {
    const { segmentId } = seedSegment();
    useCanvasStore
      .getState()
      .addChannel({ name: 'App', medium: 'mobile', segmentIds: [segmentId] });
    render(<Planner segmentId={segmentId} />);
    expect(screen.getByRole('radio', { name: 'Web and mobile' })).toBeChecked();
  });
});
