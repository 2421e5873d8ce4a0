/**
 * A file name that every common system accepts, whatever the canvas title holds: no control or
 * reserved characters, no bidi overrides that could disguise the extension, no lone surrogates,
 * no leading or trailing dots or spaces, and not too long.
 */
const RESERVED = /[<>:"/\\|?*\p{Cc}]/gu;
// Zero-width space, LRM/RLM, bidi embeddings/overrides/isolates, BOM. ZWJ stays (emoji sequences).
const INVISIBLE = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|\p{Cs}/gu;
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
