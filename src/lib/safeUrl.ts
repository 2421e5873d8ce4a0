/**
 * `url` as a link target when it is plain http(s), else null: source lists come from canvas
 * files too, and a `javascript:` or `data:` link must never be clickable.
 */
export function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
