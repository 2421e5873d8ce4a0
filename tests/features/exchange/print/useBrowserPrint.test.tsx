import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { useBrowserPrint } from '@/features/exchange/print/useBrowserPrint';
import { useCanvasStore } from '@/store/canvasStore';

function Host({ enabled }: { enabled: boolean }) {
  return <>{useBrowserPrint(enabled)}</>;
}

const printed = () => document.querySelector('.print-document');

/** Waits until the poster module has loaded, which the hook does on its own while idle. */
async function whenReady() {
  await waitFor(() => {
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(printed()).not.toBeNull();
  });
  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
}

describe('useBrowserPrint', () => {
  it("should put the poster in the page for the browser's own print command, and take it out after", async () => {
    useCanvasStore.getState().createCanvas({ name: 'Bakery' });
    render(<Host enabled />);
    await whenReady();
    expect(printed()).toBeNull();

    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(printed()).toHaveTextContent('Bakery');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(printed()).toBeNull();
  });

  it('should stay out of the way while the print dialog prints', async () => {
    useCanvasStore.getState().createCanvas({ name: 'Bakery' });
    const { rerender } = render(<Host enabled />);
    await whenReady();
    rerender(<Host enabled={false} />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(printed()).toBeNull();
  });
});
