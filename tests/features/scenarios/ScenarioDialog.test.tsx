import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { PanelHost } from '@/app/PanelHost';
import { useCanvasStore } from '@/store/canvasStore';
import { useScenarioStore } from '@/store/scenarioStore';
import { undo } from '@/store/undo';

import { OpenCanvasCard } from '../../support/OpenCanvasCard';
import { activeCanvas, seedSmbCanvas } from '../../support/seedCanvas';

afterEach(() => {
  // unmounted first: dropping the draft would otherwise restart the open dialog outside act()
  cleanup();
  useScenarioStore.setState(useScenarioStore.getInitialState(), true);
});

/** The current and scenario cells of a row of the comparison table. */
function comparisonRow(metric: string) {
  const table = screen.getByRole('table', { name: 'Key figures per month' });
  const row = within(table).getByRole('rowheader', { name: metric }).closest('tr');
  if (!row) throw new Error(`no row ${metric}`);
  const [current, scenario] = within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
  return { current, scenario };
}

async function openScenario() {
  const user = userEvent.setup();
  const seeded = seedSmbCanvas();
  render(
    <>
      <OpenCanvasCard segmentId={seeded.segmentId} />
      <PanelHost />
    </>,
  );
  await user.click(screen.getByRole('button', { name: /Try a scenario/ }));
  // The editor loads on first use, then starts its draft: wait for the comparison it shows.
  const dialog = await screen.findByRole(
    'dialog',
    { name: /What-if for Small businesses/ },
    { timeout: 5000 },
  );
  await within(dialog).findByRole('table', { name: 'Key figures per month' });
  return { user, ...seeded, dialog };
}

const relationshipTypesOfCanvas = () => activeCanvas().relationships.map((r) => r.type);

describe('what-if scenario', () => {
  it('should start as a copy of the segment and compare the same figures', async () => {
    await openScenario();
    const { current, scenario } = comparisonRow('Cost per customer');
    expect(current).toBe('€5.23');
    expect(scenario).toBe(current);
    expect(
      screen.getByText('No findings for this segment, now or in the scenario.'),
    ).toBeInTheDocument();
  });

  it('should compare a different cost after a type is switched off, leaving the canvas as it is', async () => {
    const { user, dialog } = await openScenario();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Personal assistance' }));

    const { current, scenario } = comparisonRow('Cost per customer');
    expect(current).toBe('€5.23');
    expect(scenario).not.toBe(current);
    expect(relationshipTypesOfCanvas()).toContain('personal_assistance');
  });

  it('should list findings the scenario adds', async () => {
    const { user, dialog } = await openScenario();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Co-creation' }));

    const added = screen.getByRole('heading', { name: /new in the scenario/ }).nextElementSibling;
    expect(added).toHaveTextContent(
      'Warning: “Small businesses” has co-creation but no community.',
    );
    expect(screen.queryByRole('heading', { name: /gone in the scenario/ })).not.toBeInTheDocument();
  });

  it('should follow cost parameters typed in the scenario', async () => {
    const { user, dialog } = await openScenario();
    const minutes = within(dialog).getByRole('textbox', { name: 'Minutes per contact' });

    await user.clear(minutes);
    await user.type(minutes, '30');

    expect(comparisonRow('Relationship cost').scenario).not.toBe(
      comparisonRow('Relationship cost').current,
    );
  });

  it('should apply the scenario as one undoable edit', async () => {
    const { user, dialog } = await openScenario();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Personal assistance' }));
    const expected = comparisonRow('Cost per customer').scenario;

    await user.click(within(dialog).getByRole('button', { name: 'Apply scenario' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(relationshipTypesOfCanvas()).toEqual(['self_service', 'automated_services']);
    expect(screen.getByRole('button', { name: new RegExp(`^${expected}`) })).toBeInTheDocument();

    act(() => undo());

    expect(relationshipTypesOfCanvas()).toEqual([
      'self_service',
      'personal_assistance',
      'automated_services',
    ]);
  });

  it('should leave the canvas alone when the scenario is discarded', async () => {
    const { user, dialog } = await openScenario();
    const before = activeCanvas();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Automated services' }));

    await user.click(within(dialog).getByRole('button', { name: 'Discard' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(activeCanvas()).toBe(before);
    expect(useScenarioStore.getState().draft).toBeNull();
  });

  it('should show the built-in value of a cost driver the canvas settings leave out', async () => {
    const { dialog } = await openScenario();
    const field = () =>
      within(within(dialog).getByRole('group', { name: 'Personal assistance' })).getByRole(
        'textbox',
        { name: 'Minutes per contact' },
      );
    expect(field()).toHaveValue('8');

    // A canvas whose settings do not list the parameter (an older or hand-edited file).
    act(() =>
      useCanvasStore.getState().updateSettings((settings) => {
        const rest = { ...settings.typeDefaults.personal_assistance };
        delete rest.handleMinutes;
        return {
          ...settings,
          typeDefaults: { ...settings.typeDefaults, personal_assistance: rest },
        };
      }),
    );
    expect(field()).toHaveValue('8');
  });
});
