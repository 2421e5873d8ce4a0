/** Join and team links: `#/live/join/<code>` and `#/live/team/<code>`. */
export const JOIN_PREFIX = '#/live/join/';
export const TEAM_PREFIX = '#/live/team/';

export type LiveLink = { kind: 'join' | 'team'; code: string };

/** Crockford base32: case, dashes and spaces do not matter; I and L read as 1, O as 0. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** A typed code is worth sending when it is Crockford base32 of a plausible length. */
export function isPlausibleCode(input: string): boolean {
  return /^[0-9A-HJKMNP-TV-Z]{8,40}$/.test(normalizeCode(input));
}

/** Groups of four, as the server prints them: `ABCD-EFGH-JKMN-P`. */
export function formatCode(code: string): string {
  return normalizeCode(code).replace(/(.{4})(?=.)/g, '$1-');
}

export function parseLiveLink(hash: string): LiveLink | null {
  for (const [kind, prefix] of [
    ['join', JOIN_PREFIX],
    ['team', TEAM_PREFIX],
  ] as const) {
    if (hash.startsWith(prefix)) {
      let code = hash.slice(prefix.length);
      try {
        code = decodeURIComponent(code);
      } catch {
        return { kind, code: '' }; // a broken link: the join form says the code is unknown
      }
      return { kind, code: code.trim() };
    }
  }
  return null;
}

export function liveLink(kind: LiveLink['kind'], code: string, origin = window.location.origin) {
  return `${origin}/${kind === 'join' ? JOIN_PREFIX : TEAM_PREFIX}${encodeURIComponent(formatCode(code))}`;
}
