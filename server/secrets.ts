/** Unguessable secrets (crypto, ≥ 64 bits) and their stored form (only hashes are stored). */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 13 Crockford base32 characters (65 bits), typed as XXXX-XXXX-XXXX-X. */
export function newCode(): string {
  const bytes = randomBytes(13);
  return formatCode([...bytes].map((b) => CROCKFORD[b & 31]).join(''));
}

/** Groups 13 code characters as XXXX-XXXX-XXXX-X. */
export const formatCode = (chars: string): string =>
  `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}-${chars.slice(12)}`;

/**
 * A code as typed: case and dashes ignored, and the letters people mistake read as Crockford
 * intends (O → 0, I and L → 1). Anything else gives `undefined`.
 */
export function normalizeCode(typed: unknown): string | undefined {
  if (typeof typed !== 'string' || typed.length > 40) return undefined;
  const chars = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{13}$/.test(chars) ? chars : undefined;
}

/** 256 bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Ids that appear in document names: random, so one class's ids say nothing about another's. */
export const newId = (): string => randomUUID().replace(/-/g, '');

export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');
