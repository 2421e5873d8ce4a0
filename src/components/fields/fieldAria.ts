type Options = {
  /** The `FieldError` id. */
  errorId: string;
  /** Whether the shown problem concerns this control (it is then read with it). */
  error: unknown;
  /** Whether the value itself is wrong; by default, whenever there is a problem. */
  invalid?: boolean;
  /** A hint always read with the control. */
  hintId?: string;
};

/** The aria props that tie a control to its hint and to the problem `FieldError` shows. */
export function fieldAria({ errorId, error, invalid = Boolean(error), hintId }: Options) {
  const ids = [hintId, error ? errorId : undefined].filter(Boolean);
  return {
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  } as const;
}
