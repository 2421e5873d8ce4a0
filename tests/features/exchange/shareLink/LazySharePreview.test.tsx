import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { createEmptyCanvas } from '@/domain';
import { LazySharePreview } from '@/features/exchange/shareLink/LazySharePreview';
import { createShareLink } from '@/features/exchange/shareLink/shareLink';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('LazySharePreview', () => {
  it('shows nothing without a share link, and the preview once the address holds one', async () => {
    const link = createShareLink(createEmptyCanvas({ name: 'Taller' }), 'http://localhost/');
    if (!link.ok) throw new Error('expected a link');
    const { container } = render(<LazySharePreview />);
    expect(container).toBeEmptyDOMElement();

    act(() => {
      window.history.replaceState(null, '', `/${new URL(link.url).hash}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(
      await screen.findByRole('dialog', { name: 'Shared canvas: Taller' }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });
});
