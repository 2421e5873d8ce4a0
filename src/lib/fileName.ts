/**
 * A file name that every common system accepts, whatever the canvas title holds: no control or
 * reserved characters, no bidi overrides that could disguise the extension, no lone surrogates,
 * no leading or trailing dots or spaces, and not too long.
 */
const RESERVED = /[<>:"/\\|?*\p{Cc}]/gu;
// Format characters (bidi overrides, zero-width joiners, BOM…) and lone surrogates. Chromium's
// download manager would turn a ZWJ into "_" anyway, so emoji sequences fall apart either way.
const INVISIBLE = /[\p{Cf}\p{Cs}]/gu;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
/** In code points, leaving room for the extension under the usual 255-byte limit. */
const MAX_BASE_LENGTH = 80;

/**
 * @example safeFileName('Plan: "A/B" v2', '.vinculo.json', 'canvas') // 'Plan A B v2.vinculo.json'
 * @example safeFileName('  ', '.csv', 'canvas') // 'canvas.csv'
 */
export function safeFileName(title: string, extension: string, fallback: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(RESERVED, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const base = Array.from(cleaned)
    .slice(0, MAX_BASE_LENGTH)
    .join('')
    .replace(/^[.\s]+|[.\s]+$/gu, '');
  return `${base === '' || WINDOWS_DEVICE.test(base) ? fallback : base}${extension}`;
}
