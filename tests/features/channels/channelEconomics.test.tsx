import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { evaluateCanvas } from '@/domain';
import { ChannelsDialog } from '@/features/channels/ChannelsDialog';
import { useCanvasStore } from '@/store/canvasStore';

import { activeCanvas, seedSegment } from '../relationships/seed';

const tab = (name: string) => screen.getByRole('tab', { name });

describe('Channels dialog: cost and reach (§9.3)', () => {
  it('should list own channels with their cost beside partner channels with their margin, from the domain', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSegment();
    const store = useCanvasStore.getState();
    store.addChannel({ name: 'Own shop', monthlyCost: 900, segmentIds: [segmentId] });
    store.addChannel({
      name: 'Distributor',
      ownership: 'partner',
      directness: 'indirect',
      partnerMargin: 0.3,
      revenueShare: 0.5,
      segmentIds: [segmentId],
    });
    const evaluation = evaluateCanvas(activeCanvas());
    render(<ChannelsDialog />);
    await user.click(tab('Cost and reach'));

    const own = screen.getByRole('table', { name: 'Own channels: cost and reach' });
    const partner = screen.getByRole('table', { name: 'Partner channels: cost and reach' });
    expect(within(own).getByRole('rowheader', { name: 'Own shop' })).toBeInTheDocument();
    expect(within(own).queryByText('Distributor')).toBeNull();
    expect(within(partner).getByRole('rowheader', { name: 'Distributor' })).toBeInTheDocument();
    expect(
      within(partner).getByRole('columnheader', { name: 'Margin the partner keeps' }),
    ).toBeInTheDocument();

    // every figure is the domain's own, formatted
    const [shop] = evaluation.channels;
    if (!shop?.costPerCustomer) throw new Error('the domain reports no channel economics');
    const row = within(own).getByRole('rowheader', { name: 'Own shop' }).closest('tr');
    const money = (value: number, digits: number) =>
      new Intl.NumberFormat('en', {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value);
    expect(row).toHaveTextContent(money(shop.monthlyCost, 0));
    expect(row).toHaveTextContent(shop.customersReached.toLocaleString('en'));
    expect(row).toHaveTextContent(money(shop.costPerCustomer, 2));
  });

  it('should open every channel figure into the steps behind it, like the segment figures', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSegment();
    const store = useCanvasStore.getState();
    store.addChannel({ name: 'Own shop', monthlyCost: 900, segmentIds: [segmentId] });
    store.addChannel({
      name: 'Distributor',
      ownership: 'partner',
      directness: 'indirect',
      partnerMargin: 0.3,
      revenueShare: 0.5,
      segmentIds: [segmentId],
    });
    const segment = activeCanvas().segments.find((s) => s.id === segmentId);
    if (!segment) throw new Error('seed');
    render(<ChannelsDialog />);
    await user.click(tab('Cost and reach'));

    const open = async (name: string) => {
      const button = screen.getByRole('button', { name: new RegExp(`show how ${name} is`) });
      expect(button).toHaveAttribute('aria-expanded', 'false');
      await user.click(button);
      expect(button).toHaveAttribute('aria-expanded', 'true');
      const steps = document.getElementById(button.getAttribute('aria-controls') ?? '');
      expect(steps).toBeVisible();
      return steps;
    };
    // the monthly cost opens into each segment's share of it
    expect(await open('Monthly cost for Own shop')).toHaveTextContent(
      new RegExp(`^${segment.name}: .*customers reached \\(100%\\) × €900 = €900 a month$`),
    );
    expect(await open('Customers reached for Own shop')).toHaveTextContent(
      `Customers reached = the sizes of the segments it serves added up = ${segment.size.toLocaleString('en')}`,
    );
    expect(await open('Cost per customer for Own shop')).toHaveTextContent(/^€900 ÷ /);
    expect(await open('Margin the partner keeps for Distributor')).toHaveTextContent(
      /partner margin = €[\d,.]+ a month kept by the partner$/,
    );
  });
});
