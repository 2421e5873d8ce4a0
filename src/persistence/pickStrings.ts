/**
 * Reads an object of short texts from untrusted data (a stored record; the live feature also
 * reads the class server's answers with it): every
 * listed field must be a string within `maxLength` (required ones non-empty), anything else is
 * dropped. Hand-written rather than a zod schema: the live code would otherwise pull zod's
 * unions and checks into the first screen's shared chunk. In the domain, beside parseJsonSafely,
 * because persistence (stored records) and the live feature (server answers) both read with it.
 */
export function pickStrings<K extends string>(
  value: unknown,
  required: readonly K[],
  options: { optional?: readonly K[]; maxLength?: number } = {},
): Record<K, string> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { optional = [], maxLength = 500 } = options;
  const source = value as Record<string, unknown>;
  const result = {} as Record<K, string>;
  for (const key of [...required, ...optional]) {
    const field = source[key];
    const isRequired = required.includes(key);
    if (field === undefined && !isRequired) {
      result[key] = '';
      continue;
    }
    if (typeof field !== 'string' || field.length > maxLength) return null;
    if (isRequired && field === '') return null;
    result[key] = field;
  }
  return result;
}
