import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors, useShownCanvas } from '@/store/canvasView';
import { useUiStore } from '@/store/uiStore';

const live = () => canvasSelectors.active(useCanvasStore.getState());

afterEach(() => act(() => useUiStore.getState().closePanel()));

describe('useShownCanvas', () => {
  it('should not render the covered board on edits in an editor, and catch up on closing', () => {
    const id = useCanvasStore.getState().createCanvas({ name: 'Café' });
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useShownCanvas('board');
    });
    act(() => useUiStore.getState().openPanel({ kind: 'library' }));
    const held = result.current;
    expect(held).toBe(live());
    const rendersWhileCovered = renders;

    act(() => useCanvasStore.getState().renameCanvas(id, 'Bakery'));
    act(() => useCanvasStore.getState().addSegment());
    expect(renders).toBe(rendersWhileCovered);
    expect(result.current).toBe(held);

    act(() => useUiStore.getState().closePanel());
    expect(result.current).toBe(live());
    expect(result.current?.name).toBe('Bakery');
  });

  it('should show every edit to a live reader', () => {
    const id = useCanvasStore.getState().createCanvas({ name: 'Café' });
    const { result } = renderHook(() => useShownCanvas('live'));
    act(() => useUiStore.getState().openPanel({ kind: 'library' }));
    act(() => useCanvasStore.getState().renameCanvas(id, 'Bakery'));
    expect(result.current?.name).toBe('Bakery');
  });
});
