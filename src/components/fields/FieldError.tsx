import './fields.css';

type Props = {
  /** What the control names in `aria-describedby` (see `fieldAria`). */
  id: string;
  /** The problem in the user's language; nothing is rendered without one. */
  message: string | null | undefined;
};

/** A field's problem, announced as it appears: the one error markup every form uses. */
export function FieldError({ id, message }: Props) {
  if (!message) return null;
  return (
    <p id={id} className="field__error" role="alert">
      {message}
    </p>
  );
}
