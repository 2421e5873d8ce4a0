/**
 * JSON parsing for untrusted text (imported files, stored strings): never throws, and refuses
 * absurd nesting before `JSON.parse` and the schema have to walk it.
 */

/** Deepest array/object nesting accepted. A canvas file needs well under 10 levels. */
export const MAX_JSON_DEPTH = 64;

export type SafeJsonResult =
  { ok: true; value: unknown } | { ok: false; code: 'too_deep' | 'not_json' };

const QUOTE = 0x22; // "
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }

/**
 * Whether `text` nests arrays/objects deeper than `maxDepth`, in one linear pass that skips the
 * contents of JSON strings. It stops at the first level too deep, so cost is bounded by the length.
 *
 * @example exceedsJsonDepth('[[1]]', 1) // true
 * @example exceedsJsonDepth('["[[["]', 1) // false: brackets inside a string do not count
 */
export function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      // Skip whatever follows a backslash: an escaped quote or backslash never ends the string.
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (OPENERS.has(code)) {
      depth++;
      if (depth > maxDepth) return true;
    } else if (CLOSERS.has(code)) {
      // Unbalanced closers are invalid JSON; JSON.parse reports them, so only keep depth sane here.
      depth = Math.max(0, depth - 1);
    }
  }
  return false;
}

/**
 * Parses untrusted JSON text without throwing. `JSON.parse` turns `__proto__` keys into plain own
 * properties, so the returned value never changes a prototype by itself; callers must still avoid
 * merging it into existing objects with `Object.assign` or `for…in`.
 *
 * @example parseJsonSafely('{"a":1}') // { ok: true, value: { a: 1 } }
 * @example parseJsonSafely('{"a":') // { ok: false, code: 'not_json' }
 */
export function parseJsonSafely(text: string, maxDepth = MAX_JSON_DEPTH): SafeJsonResult {
  if (exceedsJsonDepth(text, maxDepth)) return { ok: false, code: 'too_deep' };
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch {
    return { ok: false, code: 'not_json' };
  }
}
