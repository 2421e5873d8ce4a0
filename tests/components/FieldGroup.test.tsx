import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { FieldGroup } from '@/components/fields/FieldGroup';

const submits: SubmitEvent[] = [];
const record = (event: Event) => submits.push(event as SubmitEvent);

afterEach(() => {
  document.removeEventListener('submit', record);
  submits.length = 0;
});

describe('FieldGroup', () => {
  it('keeps the page when Enter would submit its lone text field', async () => {
    const user = userEvent.setup();
    document.addEventListener('submit', record);
    render(
      <FieldGroup>
        <label>
          Name <input defaultValue="" />
        </label>
      </FieldGroup>,
    );
    const field = screen.getByRole('textbox', { name: 'Name' });
    await user.type(field, 'Own shop{Enter}');
    // the browser submits a form with one text field on Enter; the group cancels it
    expect(submits).toHaveLength(1);
    expect(submits[0]?.defaultPrevented).toBe(true);
    expect(field).toHaveValue('Own shop');
  });

  it('groups its fields in one form the browser can tell apart from the rest of the page', () => {
    render(
      <>
        <FieldGroup>
          <input aria-label="Name" />
          <input aria-label="Cost" />
        </FieldGroup>
        <input aria-label="Elsewhere" />
      </>,
    );
    const form = screen.getByRole('textbox', { name: 'Name' }).closest('form');
    expect(form).not.toBeNull();
    expect(screen.getByRole('textbox', { name: 'Cost' }).closest('form')).toBe(form);
    expect(screen.getByRole('textbox', { name: 'Elsewhere' }).closest('form')).toBeNull();
  });
});
