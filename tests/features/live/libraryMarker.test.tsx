import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { CanvasRow } from '@/features/library/CanvasRow';
import { forgetLiveCanvas, saveLiveSession } from '@/persistence/liveDocs';
import { useCanvasStore } from '@/store/canvasStore';

import { membership } from './support';

describe('a live canvas in the library', () => {
  it('is marked live while in a class, and is an ordinary canvas once left', () => {
    const id = useCanvasStore.getState().createCanvas({ name: 'Marketing 2 — Ana' });
    const canvas = useCanvasStore.getState().canvases[id];
    if (!canvas) throw new Error('no canvas');
    saveLiveSession({ canvasId: id, ...membership });
    const { unmount } = render(<CanvasRow canvas={canvas} isActive onDeleted={() => {}} />);
    expect(screen.getByText(/in a live class/)).toBeInTheDocument();
    unmount();

    forgetLiveCanvas(id);
    render(<CanvasRow canvas={canvas} isActive onDeleted={() => {}} />);
    expect(screen.queryByText(/in a live class/)).toBeNull();
    expect(
      screen.getByText('Marketing 2 — Ana', { selector: '.library-row__name' }),
    ).toBeInTheDocument();
  });
});
