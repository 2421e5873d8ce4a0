import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createEmptyCanvas, createNote } from '@/domain';
import { createShareLink } from '@/features/exchange/shareLink/shareLink';
import { SharePreview } from '@/features/exchange/shareLink/SharePreview';
import { useCanvasStore } from '@/store/canvasStore';

const canvas = {
  ...createEmptyCanvas({ name: '<img src=x onerror=alert(1)>' }),
  keyPartners: [createNote('<script>alert(1)</script>')],
  sources: ['javascript:alert(1)', 'https://example.org/informe'],
};

function openLink(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('SharePreview', () => {
  it('shows a shared canvas read-only, texts literally, and writes nothing until saved', async () => {
    const link = createShareLink(canvas, 'http://localhost/');
    if (!link.ok) throw new Error('expected a link');
    openLink(new URL(link.url).hash);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const { container } = render(<SharePreview />);

    const dialog = screen.getByRole('dialog', {
      name: 'Shared canvas: <img src=x onerror=alert(1)>',
    });
    expect(
      within(dialog).getByText('Read-only preview. Nothing is saved until you save a copy.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(container.ownerDocument.querySelector('img, script')).toBeNull();
    expect(
      within(dialog).getByRole('link', { name: 'https://example.org/informe' }),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('link', { name: 'javascript:alert(1)' })).toBeNull();
    expect(setItem).not.toHaveBeenCalled();
    expect(useCanvasStore.getState().order).toEqual([]);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save a copy' }));
    const { order, canvases, activeId } = useCanvasStore.getState();
    expect(order).toHaveLength(1);
    expect(canvases[activeId ?? '']).toEqual({ ...canvas, id: activeId });
    expect(window.location.hash).toBe('');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says a damaged link cannot be opened, and closes without a trace', async () => {
    openLink('#share=N4IgLgpgTgrgxg');
    render(<SharePreview />);
    expect(screen.getByRole('alert')).toHaveTextContent('This share link is damaged or incomplete');
    const [, closeButton] = screen.getAllByRole('button', { name: 'Close' }); // the ✕, then the text button
    await userEvent.click(closeButton ?? document.body);
    expect(window.location.hash).toBe('');
    expect(useCanvasStore.getState().order).toEqual([]);
  });

  it('opens when the fragment changes while the app runs', () => {
    render(<SharePreview />);
    expect(screen.queryByRole('dialog')).toBeNull();
    const link = createShareLink(createEmptyCanvas({ name: 'Tarde' }), 'http://localhost/');
    if (!link.ok) throw new Error('expected a link');
    act(() => {
      openLink(new URL(link.url).hash);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('dialog', { name: 'Shared canvas: Tarde' })).toBeInTheDocument();
  });
});
