/**
 * CSV per RFC 4180 (comma-separated, CRLF line ends, quotes doubled), safe to open in a
 * spreadsheet: a text cell that starts, after any blanks, with = + - @ tab, CR or NUL would be
 * read as a formula, so it gets a leading apostrophe (OWASP's advice for CSV injection).
 */
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^\s*[=+\-@\t\r\0]/u;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/u;

/**
 * @example csvCell('=SUM(A1)') // "'=SUM(A1)"
 * @example csvCell('a, "b"') // '"a, ""b"""'
 * @example csvCell(-5) // '-5' (numbers are ours, never formulas)
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole document; the byte order mark makes spreadsheet apps read it as UTF-8. */
export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
