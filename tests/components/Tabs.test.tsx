import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { Tabs } from '@/components/Tabs';

function TwoTabs() {
  const [active, setActive] = useState<'notes' | 'costs'>('notes');
  return (
    <Tabs
      label="Sections"
      active={active}
      onChange={setActive}
      tabs={[
        { id: 'notes', label: 'Notes', panel: <input aria-label="Note" /> },
        { id: 'costs', label: 'Costs', panel: <input aria-label="Cost" /> },
      ]}
    />
  );
}

describe('Tabs', () => {
  it('should build a panel when its tab is first shown and keep its draft afterwards', async () => {
    const user = userEvent.setup();
    render(<TwoTabs />);
    expect(screen.queryByRole('textbox', { name: 'Cost', hidden: true })).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Costs' }));
    await user.type(screen.getByRole('textbox', { name: 'Cost' }), '120');
    await user.click(screen.getByRole('tab', { name: 'Costs' }));
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('textbox', { name: 'Cost' })).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Costs' }));
    expect(screen.getByRole('textbox', { name: 'Cost' })).toHaveValue('120');
  });
});
