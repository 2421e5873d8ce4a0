/**
 * Share links carry the whole canvas in the URL fragment (`#share=…`), which browsers never
 * send to a server. The payload is the exchange file, compressed with lz-string into
 * URL-safe characters, so opening a link goes through the same validation as importing a file.
 */
import { compressToEncodedURIComponent } from 'lz-string';

import { MAX_FILE_CHARS, parseCanvasFile, serializeCanvasFile, type Canvas } from '@/domain';

import { boundedDecompress } from './boundedDecompress';
import { SHARE_PREFIX } from './sharePrefix';

export { SHARE_PREFIX };
// Spec decision: about 32 k characters is where chat apps, mail clients and older browsers start
// cutting links; beyond it the user is told to send a file instead.
export const MAX_SHARE_URL_LENGTH = 32_000;
// Opening is more lenient (Chromium accepts 2 MB URLs), but a bigger fragment is not ours.
const MAX_OPEN_LENGTH = 2_000_000;

export type ShareLink = { ok: true; url: string } | { ok: false; length: number };

/** @example createShareLink(canvas, 'https://example.org/') // { ok: true, url: 'https://example.org/#share=N4Ig…' } */
export function createShareLink(canvas: Canvas, baseUrl: string): ShareLink {
  // Compact JSON: the pretty-printed file would only make the link longer.
  const compact = JSON.stringify(JSON.parse(serializeCanvasFile(canvas)));
  const url = `${baseUrl.split('#')[0]}${SHARE_PREFIX}${compressToEncodedURIComponent(compact)}`;
  return url.length > MAX_SHARE_URL_LENGTH ? { ok: false, length: url.length } : { ok: true, url };
}

export type SharedCanvas =
  { ok: true; canvas: Canvas } | { ok: false; reason: 'damaged' | 'newer' | 'too_large' };

/** Reads a location hash; null when it is not a share link at all. */
export function readShareFragment(hash: string): SharedCanvas | null {
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  const payload = hash.slice(SHARE_PREFIX.length);
  if (payload.length > MAX_OPEN_LENGTH) return { ok: false, reason: 'too_large' };
  // Stops at the size of the largest file the app opens: a small link can unpack to gigabytes.
  const text = boundedDecompress(payload, MAX_FILE_CHARS);
  if (text === 'too_large') return { ok: false, reason: 'too_large' };
  if (!text) return { ok: false, reason: 'damaged' };
  const result = parseCanvasFile(text);
  if (result.ok) return { ok: true, canvas: result.canvas };
  const newer = result.problems.some((p) => p.code === 'newer_version');
  return { ok: false, reason: newer ? 'newer' : 'damaged' };
}
