import type { FormEvent, ReactNode } from 'react';

import './fields.css';

const stay = (event: FormEvent) => event.preventDefault();

/**
 * A few fields that belong together (a tactic's, a part of a segment's), as a form of their own.
 * Nothing is submitted: fields save as they change, and Enter must not reload the page.
 * Why a form: after every change, Chromium's autofill reads again all the fields of the edited
 * field's form, or every form-less field on the page when it has none. Small groups keep that to
 * a handful (typing in a tactic of a 200-segment canvas at 4×: 36 ms of it a keystroke, then 7).
 * The form draws no box (fields.css), so grouping changes no layout.
 */
export function FieldGroup({ children }: { children: ReactNode }) {
  return (
    <form className="field-group" noValidate onSubmit={stay}>
      {children}
    </form>
  );
}
