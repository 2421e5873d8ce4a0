/**
 * User text with live links only where they are safe: http, https and mailto URLs become
 * links; anything else (javascript:, data:, protocol-relative //host…) stays plain text.
 * React 19 blocks only `javascript:` hrefs, so the check is ours.
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const LOOKS_LIKE_URL = /^(https?:\/\/|mailto:)/iu;

/** The normalised URL if `text` is an absolute http/https/mailto URL, else null. */
export function safeHref(text: string): string | null {
  if (!LOOKS_LIKE_URL.test(text)) return null;
  try {
    // The URL parser also strips the tabs and newlines that "java\tscript:" hides behind.
    const url = new URL(text);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Renders `text` literally, turning each safe URL in it into a link that opens apart. */
export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(/(\s+)/u);
  return (
    <>
      {parts.map((part, i) => {
        const href = safeHref(part);
        return href ? (
          <a key={i} href={href} target="_blank" rel="noopener noreferrer">
            {part}
          </a>
        ) : (
          part
        );
      })}
    </>
  );
}
