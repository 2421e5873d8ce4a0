import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { FileMenu } from '@/features/exchange/files/FileMenu';
import { i18next } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';

import edgesText from '../../../fixtures/canvas-v1-edges.vinculo.json?raw';

const user = userEvent.setup();

async function importEdges(dialogName: string, chooseLabel: string) {
  useCanvasStore.getState().createCanvas({ name: 'Current' });
  render(<FileMenu />);
  await user.upload(
    screen.getByLabelText(chooseLabel),
    new File([edgesText], 'edges.vinculo.json', { type: 'application/json' }),
  );
  return screen.findByRole('dialog', { name: dialogName });
}

describe('importing a first-edition file whose values the second edition clamps (§9.8)', () => {
  it('should list each changed value, from what to what, before anything is imported', async () => {
    const dialog = await importEdges('Import a canvas', 'Choose a canvas file to import');
    expect(dialog).toHaveTextContent('It was made with an older version and has been upgraded.');
    const changes = within(dialog)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(changes).toHaveLength(4);
    expect(changes).toEqual(
      expect.arrayContaining([
        'currency: XYZ became EUR',
        expect.stringMatching(
          /segment 1 \(“Vecinos del barrio.*”\) › Monthly churn: 1 became 0\.999$/u,
        ),
        expect.stringMatching(/Productive hours per person per month: 800 became 744$/),
        expect.stringMatching(/LTV:CAC target: 0\.5 became 1$/),
      ]),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add as a new canvas' }));
    const state = useCanvasStore.getState();
    expect(state.canvases[state.activeId ?? '']?.segments[0]?.monthlyChurn).toBe(0.999);
  });

  it('should say the same in Spanish, with Spanish numbers', async () => {
    await act(() => i18next.changeLanguage('es'));
    const dialog = await importEdges(
      'Importar un lienzo',
      'Elige un archivo de lienzo para importar',
    );
    const changes = within(dialog)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(changes).toEqual(
      expect.arrayContaining([
        'moneda: XYZ pasó a EUR',
        expect.stringMatching(/Abandono mensual: 1 pasó a 0,999$/),
      ]),
    );
  });
});
