import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { TextField } from '@/components/fields/TextField';
import { LIMITS, segmentSchema } from '@/domain';
import { i18next } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';
import { undo } from '@/store/undo';

const nameSchema = segmentSchema.shape.name;
const storedName = () => {
  const { canvases, activeId } = useCanvasStore.getState();
  return canvases[activeId ?? '']?.name;
};

/** The canvas name, as the settings edit it: the store's value in, every valid text committed. */
function CanvasName() {
  const name = useCanvasStore((s) => s.canvases[s.activeId ?? '']?.name ?? '');
  return (
    <TextField
      label="Name"
      value={name}
      schema={nameSchema}
      maxLength={LIMITS.nameLength}
      onCommit={(text) => useCanvasStore.getState().updateCanvas({ name: text })}
    />
  );
}

const renderName = (name: string) => {
  act(() => void useCanvasStore.getState().createCanvas({ name }));
  useCanvasStore.temporal.getState().clear();
  render(<CanvasName />);
  return screen.getByRole<HTMLInputElement>('textbox', { name: 'Name' });
};

describe('TextField', () => {
  it('keeps every typed character in the control and commits it to the store', async () => {
    const user = userEvent.setup();
    const input = renderName('Tienda');
    await user.type(input, ' de barrio');
    expect(input).toHaveValue('Tienda de barrio');
    expect(storedName()).toBe('Tienda de barrio');
  });

  it('shows a value changed outside the field (undo), and typing goes on from it', async () => {
    const user = userEvent.setup();
    const input = renderName('Tienda');
    await user.type(input, 'X');
    expect(input).toHaveValue('TiendaX');
    act(() => undo());
    expect(storedName()).toBe('Tienda');
    expect(input).toHaveValue('Tienda');
    await user.type(input, 's');
    expect(input).toHaveValue('Tiendas');
    expect(storedName()).toBe('Tiendas');
  });

  it('keeps an invalid text on screen, flagged in the current language, and never commits it', async () => {
    const user = userEvent.setup();
    const valid = 'a'.repeat(LIMITS.nameLength);
    const input = renderName(valid);
    await user.type(input, 'b');
    expect(input).toHaveValue(`${valid}b`);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Too long: at most 120 characters.');
    expect(storedName()).toBe(valid);
    await act(() => i18next.changeLanguage('es'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Demasiado largo: como máximo 120 caracteres.',
    );
    expect(screen.getByText('121 de 120 caracteres')).toBeInTheDocument();
    await user.type(input, '{Backspace}{Backspace}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(storedName()).toBe('a'.repeat(LIMITS.nameLength - 1));
  });

  it('counts the characters near the limit and flags a text over it', async () => {
    const user = userEvent.setup();
    const input = renderName('a'.repeat(90));
    expect(screen.queryByText(/characters/)).toBeNull();
    await user.type(input, 'b'.repeat(10));
    expect(screen.getByText('100 of 120 characters')).toBeInTheDocument();
    await user.click(input);
    await user.paste('c'.repeat(21));
    expect(input).toHaveValue(`${'a'.repeat(90)}${'b'.repeat(10)}${'c'.repeat(21)}`);
    expect(screen.getByText('121 of 120 characters')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Too long: at most 120 characters.');
    expect(storedName()).toBe(`${'a'.repeat(90)}${'b'.repeat(10)}`);
  });
});
