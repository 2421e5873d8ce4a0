/**
 * A moment (ISO text) as the user's locale writes a date and time, or '' when it is not one
 * (stored or received data is never trusted to be well-formed).
 * @example formatWhen('2026-12-03T10:05:00Z', 'en') // "Dec 3, 2026, 10:05 AM" (in the user's time zone)
 */
export function formatWhen(iso: string, language: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
