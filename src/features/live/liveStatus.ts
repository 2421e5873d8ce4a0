import { pickStrings } from '@/persistence/pickStrings';

import { LIVE_ERROR_CODES, type LiveErrorCode } from './api';

/**
 * - `connecting`: first attempt under way.
 * - `connected`: the server has the document open for us.
 * - `reconnecting`: we were connected and lost it; edits stay here and are sent on return.
 * - `offline`: the browser is offline, or no server answered since the canvas opened (L5).
 */
export type Connection = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export type LiveStatus = {
  connection: Connection;
  /** Every local edit has reached the server (the provider's synced, with nothing unsent). */
  saved: boolean;
};

export const REFUSAL_REASONS = ['schema', 'forbidden', 'too_large', 'rate'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Something the user must be told about, in their language. */
export type LiveProblem =
  { kind: 'refused'; reason: RefusalReason } | { kind: 'error'; code: LiveErrorCode };

/** The server's stateless `refused` message, or null for anything else. */
export function parseRefusal(payload: string): RefusalReason | null {
  try {
    const message = pickStrings(JSON.parse(payload), ['type', 'reason']);
    if (message?.type !== 'refused') return null;
    const reason = REFUSAL_REASONS.find((r) => r === message.reason);
    return reason ?? null;
  } catch {
    return null;
  }
}

/** A close or authentication reason that names one of the contract's codes. */
export function errorCodeOf(reason: string | undefined): LiveErrorCode | null {
  const code = (reason ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if ((LIVE_ERROR_CODES as readonly string[]).includes(code)) return code as LiveErrorCode;
  // Hocuspocus' own words for a refused token: Forbidden / Unauthorized / permission denied.
  if (/forbidden|unauthori[sz]ed|permission/.test(code)) return 'unauthorized';
  return null;
}
