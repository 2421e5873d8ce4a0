/** Offered currencies: euro and dollar first, then Latin America, then other common ones (ISO 4217). */
export const CURRENCIES = [
  'EUR',
  'USD',
  'MXN',
  'COP',
  'ARS',
  'CLP',
  'PEN',
  'BRL',
  'UYU',
  'BOB',
  'PYG',
  'GTQ',
  'HNL',
  'NIO',
  'CRC',
  'PAB',
  'DOP',
  'VES',
  'GBP',
  'CAD',
  'CHF',
  'JPY',
  'CNY',
  'AUD',
] as const;

/** "Mexican peso (MXN)" in the interface language; the bare code where Intl has no name. */
export function currencyLabel(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'currency' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    // Intl.DisplayNames throws on malformed codes; the schema allows any three letters.
    return code;
  }
}

/** The list to offer, keeping a canvas's own currency even when it is not a usual one. */
export function currencyOptions(current: string, language: string) {
  const codes: string[] = CURRENCIES.some((code) => code === current)
    ? [...CURRENCIES]
    : [current, ...CURRENCIES];
  return codes.map((value) => ({ value, label: currencyLabel(value, language) }));
}
