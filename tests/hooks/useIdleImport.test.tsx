import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { useIdleImport } from '@/hooks/useIdleImport';

const greeting = { hello: 'Ana' };

describe('useIdleImport', () => {
  it('should give null on the first render, then what load resolves to, loaded once', async () => {
    const load = vi.fn(async () => greeting);
    const { result, rerender } = renderHook(() => useIdleImport(load));
    // Not in the first commit's effects: the load waits for an idle moment.
    expect(result.current).toBeNull();
    expect(load).not.toHaveBeenCalled();
    await waitFor(() => expect(result.current).toBe(greeting));
    rerender();
    expect(result.current).toBe(greeting);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('should give what is already loaded at once, loading nothing', async () => {
    const load = vi.fn(async () => greeting);
    const { result } = renderHook(() => useIdleImport(load, greeting));
    expect(result.current).toBe(greeting);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(load).not.toHaveBeenCalled();
  });

  it('should load nothing after an unmount, nor while load is null', async () => {
    const load = vi.fn(async () => greeting);
    renderHook(() => useIdleImport(load)).unmount();
    const { result } = renderHook(() => useIdleImport<typeof greeting>(null));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(load).not.toHaveBeenCalled();
    expect(result.current).toBeNull();
  });

  it('should stay null after a failed load, and try again with a new load', async () => {
    let online = false;
    const load = vi.fn(async () => {
      if (!online) throw new Error('offline');
      return greeting;
    });
    const { result, rerender } = renderHook(({ attempt }) => useIdleImport(attempt), {
      initialProps: { attempt: () => load() },
    });
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    expect(result.current).toBeNull();
    online = true;
    rerender({ attempt: () => load() });
    await waitFor(() => expect(result.current).toBe(greeting));
  });
});
