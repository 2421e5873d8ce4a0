/**
 * The symbol a language writes for `currency` ("€", "US$"), for suffixes next to money inputs.
 * @example currencySymbol('EUR', 'es') // '€'
 */
export function currencySymbol(currency: string, language: string): string {
  const key = `${language}|${currency}`;
  let symbol = symbols.get(key);
  if (symbol === undefined) {
    symbol = findSymbol(currency, language);
    symbols.set(key, symbol);
  }
  return symbol;
}

/** Building a number format is slow, and editors ask for the symbol on every keystroke. */
const symbols = new Map<string, string>();

function findSymbol(currency: string, language: string): string {
  try {
    const parts = new Intl.NumberFormat(language, { style: 'currency', currency }).formatToParts(0);
    return parts.find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    // an unknown currency code: show the code rather than fail
    return currency;
  }
}
