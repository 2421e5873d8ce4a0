import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { EXAMPLES, getExampleCanvases } from '@/domain/examples';
import GalleryDialog from '@/features/gallery/GalleryDialog';
import { i18next } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/selectors';

const examples = getExampleCanvases('en');

function cardOf(name: string) {
  const heading = screen.getByRole('heading', { name, level: 3 });
  const card = heading.closest('li');
  if (!card) throw new Error(`no card for ${name}`);
  return within(card);
}

describe('GalleryDialog', () => {
  it('should list the six examples, each with its story and the rules it teaches', () => {
    render(<GalleryDialog onClose={() => {}} />);
    expect(screen.getAllByRole('button', { name: /^Open a copy/ })).toHaveLength(6);
    expect(examples).toHaveLength(6);
    for (const example of examples) {
      const card = cardOf(example.name);
      expect(
        card.getByText(i18next.t(`classroom:gallery.story.${example.id}`)),
      ).toBeInTheDocument();
      const teaches = EXAMPLES.find((entry) => entry.id === example.id)?.teaches ?? [];
      expect(teaches.length).toBeGreaterThan(0);
      const rules = card.getAllByRole('listitem').map((item) => item.textContent);
      expect(rules).toEqual(teaches.map((id) => i18next.t(`rules:${id}.title`)));
    }
  });

  it('should open an editable copy and leave the example untouched', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<GalleryDialog onClose={onClose} />);
    const lego = examples.find((example) => example.id === 'lego');
    if (!lego) throw new Error('the LEGO example is missing');

    await user.click(screen.getByRole('button', { name: `Open a copy of ${lego.name}` }));

    const copy = canvasSelectors.active(useCanvasStore.getState());
    expect(copy?.name).toBe(`${lego.name} (copy)`);
    expect(copy?.id).not.toBe(lego.id);
    expect(copy?.segments).toEqual(lego.segments);
    expect(onClose).toHaveBeenCalledOnce();

    useCanvasStore.getState().updateCanvas({ name: 'Our fan club' });
    useCanvasStore.getState().removeSegment(lego.segments[0]?.id ?? '');
    expect(canvasSelectors.active(useCanvasStore.getState())?.segments).toHaveLength(
      lego.segments.length - 1,
    );
    const fresh = getExampleCanvases('en').find((example) => example.id === 'lego');
    expect(fresh).toEqual(lego);
  });

  it('should show the examples in Spanish when the interface is in Spanish', async () => {
    await act(() => i18next.changeLanguage('es'));
    try {
      render(<GalleryDialog onClose={() => {}} />);
      for (const example of getExampleCanvases('es')) {
        expect(screen.getByRole('heading', { name: example.name, level: 3 })).toBeInTheDocument();
      }
      expect(screen.getAllByRole('button', { name: /^Abrir una copia/ })).toHaveLength(6);
    } finally {
      await act(() => i18next.changeLanguage('en'));
    }
  });
});
