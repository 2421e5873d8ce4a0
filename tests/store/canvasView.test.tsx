import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors, SETTLE_MS, useShownCanvas } from '@/store/canvasView';
import { useUiStore } from '@/store/uiStore';

const live = () => canvasSelectors.active(useCanvasStore.getState());

afterEach(() => {
  act(() => useUiStore.getState().closePanel());
  vi.useRealTimers();
});

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

  it('should keep a settled reader on one version through a burst of edits, then follow', () => {
    vi.useFakeTimers();
    const id = useCanvasStore.getState().createCanvas({ name: 'Café' });
    const { result } = renderHook(() => useShownCanvas('settled'));
    const first = result.current;
    expect(first).toBe(live());
    for (const name of ['B', 'Ba', 'Bak', 'Bake', 'Baker', 'Bakery']) {
      act(() => useCanvasStore.getState().renameCanvas(id, name));
      act(() => vi.advanceTimersByTime(SETTLE_MS - 50));
    }
    expect(result.current).toBe(first);
    act(() => vi.advanceTimersByTime(50));
    expect(result.current).toBe(live());
    expect(result.current?.name).toBe('Bakery');
  });

  it('should show another canvas to a settled reader at once', () => {
    vi.useFakeTimers();
    useCanvasStore.getState().createCanvas({ name: 'Café' });
    const { result } = renderHook(() => useShownCanvas('settled'));
    act(() => void useCanvasStore.getState().createCanvas({ name: 'Bakery' }));
    expect(result.current?.name).toBe('Bakery');
  });
});
